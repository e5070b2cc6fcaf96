package org.onlinelives.selfaudit.web;

import java.util.Map;

import org.onlinelives.selfaudit.audit.ActionStatus;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.ActionPlans;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.springframework.stereotype.Component;

/** Parts of the report that come from elsewhere in the module: the action plan. */
@Component
class ReportExtras {

	private final ActionPlans actions;

	private final SelfAudits selfAudits;

	ReportExtras(ActionPlans actions, SelfAudits selfAudits) {
		this.actions = actions;
		this.selfAudits = selfAudits;
	}

	/** An action as the report prints it. */
	public record ReportAction(String statementNumber, String description, String ownerName,
			java.time.LocalDate dueDate, ActionStatus status) {
	}

	void addTo(Audit audit, Map<String, Object> model) {
		model.put("actions", this.actions.planFor(audit)
			.stream()
			.map((action) -> new ReportAction(action.getStatementNumber(), action.getDescription(),
					this.selfAudits.nameOf(audit, action.getOwnerId()), action.getDueDate(), action.getStatus()))
			.toList());
	}

}
