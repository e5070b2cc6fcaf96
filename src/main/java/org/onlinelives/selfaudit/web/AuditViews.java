package org.onlinelives.selfaudit.web;

import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.springframework.stereotype.Component;

/** Builds {@link AuditView}s. */
@Component
class AuditViews {

	private final SelfAudits selfAudits;

	AuditViews(SelfAudits selfAudits) {
		this.selfAudits = selfAudits;
	}

	AuditView of(Audit audit) {
		return new AuditView(audit, this.selfAudits.agencyName(audit), this.selfAudits.cycleOf(audit),
				this.selfAudits.framework(audit), this.selfAudits.statements(audit));
	}

}
