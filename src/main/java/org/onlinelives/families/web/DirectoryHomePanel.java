package org.onlinelives.families.web;

import java.util.List;

import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.ReviewStatus;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.HomeContributor;
import org.onlinelives.platform.web.HomePanel;
import org.onlinelives.platform.web.UkTime;
import org.springframework.stereotype.Component;

/**
 * Directory entries whose review is overdue or due within 30 days stay on their owner's
 * home page (and, for entries nobody keeps yet, on administrators') until checked.
 */
@Component
class DirectoryHomePanel implements HomeContributor {

	private final Directory directory;

	private final Labels labels;

	private final UkTime ukTime;

	DirectoryHomePanel(Directory directory, Labels labels, UkTime ukTime) {
		this.directory = directory;
		this.labels = labels;
		this.ukTime = ukTime;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<HomePanel> panelsFor(SignedInUser user) {
		List<HomePanel.Row> rows = this.directory.reviewsDueFor(user)
			.stream()
			.map((view) -> new HomePanel.Row(
					this.labels.message("directory.home.item", view.entry().name(),
							this.ukTime.date(view.entry().reviewDate())),
					"/help-directory/" + view.entry().id(), view.reviewStatus().messageKey(),
					(view.reviewStatus() == ReviewStatus.OVERDUE) ? "govuk-tag--red" : "govuk-tag--yellow"))
			.toList();
		return rows.isEmpty() ? List.of()
				: List.of(new HomePanel("directory.home.heading", "directory.home.none", rows));
	}

}
