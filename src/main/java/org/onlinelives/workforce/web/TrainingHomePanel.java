package org.onlinelives.workforce.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.HomeContributor;
import org.onlinelives.platform.web.HomePanel;
import org.onlinelives.workforce.training.Refresher;
import org.onlinelives.workforce.training.Training;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Refreshers overdue or due within 30 days stay on the person's home page. */
@Component
class TrainingHomePanel implements HomeContributor {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Training training;

	private final MessageSource messages;

	TrainingHomePanel(Training training, MessageSource messages) {
		this.training = training;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<HomePanel> panelsFor(SignedInUser user) {
		List<HomePanel.Row> rows = this.training.refreshersOf(user)
			.stream()
			.filter((refresher) -> refresher.status() != Refresher.Status.CURRENT)
			.map((refresher) -> new HomePanel.Row(
					this.messages.getMessage("training.home.item",
							new Object[] { refresher.course().getTitle(), DATE.format(refresher.due()) },
							LocaleContextHolder.getLocale()),
					"/training", refresher.status().messageKey(),
					(refresher.status() == Refresher.Status.OVERDUE) ? "govuk-tag--red" : "govuk-tag--yellow"))
			.toList();
		return rows.isEmpty() ? List.of() : List.of(new HomePanel("training.home.heading", "training.home.none", rows));
	}

}
