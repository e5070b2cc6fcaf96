package org.onlinelives.workforce.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.HomeContributor;
import org.onlinelives.platform.web.HomePanel;
import org.onlinelives.workforce.bulletins.BulletinBoard;
import org.onlinelives.workforce.bulletins.CodeOfConduct;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Bulletins this person has not acknowledged, and the code of conduct when its current
 * version is still to acknowledge, stay on their home page until they do.
 */
@Component
class ReadingHomePanel implements HomeContributor {

	private final BulletinBoard board;

	private final CodeOfConduct code;

	private final MessageSource messages;

	ReadingHomePanel(BulletinBoard board, CodeOfConduct code, MessageSource messages) {
		this.board = board;
		this.code = code;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public List<HomePanel> panelsFor(SignedInUser user) {
		List<HomePanel.Row> rows = new ArrayList<>();
		this.board.unread(user)
			.forEach((bulletin) -> rows.add(new HomePanel.Row(bulletin.getTitle(), "/bulletins/" + bulletin.getId(),
					"bulletin.status.unread", "govuk-tag--blue")));
		this.code.current(user.partnershipId())
			.filter((version) -> !this.code.acknowledgedCurrent(user))
			.ifPresent((version) -> rows.add(new HomePanel.Row(
					this.messages.getMessage("conduct.home.item", new Object[] { version.getVersionNumber() },
							LocaleContextHolder.getLocale()),
					"/code-of-conduct", "conduct.status.toAcknowledge", "govuk-tag--yellow")));
		return rows.isEmpty() ? List.of() : List.of(new HomePanel("bulletin.home.heading", "bulletin.home.none", rows));
	}

}
