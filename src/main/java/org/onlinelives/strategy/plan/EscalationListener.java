package org.onlinelives.strategy.plan;

import org.onlinelives.selfaudit.AuditActionEscalated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives the audit actions agencies escalate. Each event is stored in the event
 * publication registry with the escalation that caused it, and handled here after that
 * change commits, in its own transaction; one that fails stays incomplete and is handled
 * again when the application next starts.
 */
@Component
class EscalationListener {

	private final PartnershipPlan plan;

	EscalationListener(PartnershipPlan plan) {
		this.plan = plan;
	}

	@ApplicationModuleListener
	void on(AuditActionEscalated event) {
		this.plan.receive(event);
	}

}
