package org.onlinelives.selfaudit;

import java.time.Instant;

/**
 * An agency's lead escalated an audit action into the partnership's online-safety plan.
 * Carries what the plan needs to show, so the module keeping the plan never reads the
 * self-audit's records.
 *
 * @param statementNumber the statement the action answers, or null for an action of the
 * agency's own
 * @param statementText that statement's words, or null
 * @param score the statement's score in the audit, or null when unscored or none
 * @param actionDescription the agency's action
 * @param reason why the agency asks the partnership to act
 */
public record AuditActionEscalated(long partnershipId, long agencyId, long auditId, long auditActionId,
		String statementNumber, String statementText, Integer score, String actionDescription, String reason,
		Instant escalatedAt) {
}
