package org.onlinelives.selfaudit.web;

import java.util.List;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.HomeContributor;
import org.onlinelives.platform.web.HomePanel;
import org.onlinelives.platform.web.SetUpTask;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.QaQueue;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The self-audit's part of the home page: a QA reviewer sees the audits waiting for QA
 * and where each one is; an administrator's set-up list includes opening the first audit
 * cycle.
 */
@Component
class SelfAuditHome implements HomeContributor {

	private final SelfAudits selfAudits;

	private final QaQueue qaQueue;

	private final MessageSource messages;

	SelfAuditHome(SelfAudits selfAudits, QaQueue qaQueue, MessageSource messages) {
		this.selfAudits = selfAudits;
		this.qaQueue = qaQueue;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<HomePanel> panelsFor(SignedInUser user) {
		if (!user.hasRole(Role.QA_REVIEWER)) {
			return List.of();
		}
		List<HomePanel.Row> rows = this.qaQueue.of(user)
			.stream()
			.map((audit) -> new HomePanel.Row(label(audit), "/audits/" + audit.auditId() + "/qa",
					audit.status().messageKey(), tagClass(audit.status())))
			.toList();
		return List.of(new HomePanel("selfaudit.home.qa.title", "selfaudit.home.qa.none", rows));
	}

	@Override
	public List<SetUpTask> setUpTasksFor(SignedInUser administrator) {
		boolean opened = !this.selfAudits.cycles(administrator).isEmpty();
		return List.of(new SetUpTask(50, "selfaudit.home.setUp.cycle", "selfaudit.home.setUp.cycle.hint",
				opened ? "/audit-cycles" : "/audit-cycles/new", opened));
	}

	private String label(QaQueue.Entry audit) {
		return this.messages.getMessage("selfaudit.audit.caption",
				new Object[] { audit.agencyName(), audit.cycleName() }, LocaleContextHolder.getLocale());
	}

	private static String tagClass(AuditStatus status) {
		return switch (status) {
			case SUBMITTED -> "govuk-tag--blue";
			case IN_QA -> "govuk-tag--yellow";
			case AGREED -> "govuk-tag--green";
			default -> "govuk-tag--grey";
		};
	}

}
