package org.onlinelives.selfaudit.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.selfaudit.AuditActionEscalated;
import org.onlinelives.selfaudit.PlanFollowUps;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalating an agency's audit action into the partnership's online-safety plan, and
 * reading back where the plan placed it. The escalation is published as an event with
 * everything the plan shows, and stored in the event publication registry with the
 * change, so the plan receives it even if the application stops in between.
 */
@Service
@Transactional
public class ActionEscalations {

	private final SelfAudits selfAudits;

	private final AuditActions actions;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<PlanFollowUps> followUps;

	private final AccessLog accessLog;

	private final Clock clock;

	ActionEscalations(SelfAudits selfAudits, AuditActions actions, ApplicationEventPublisher events,
			ObjectProvider<PlanFollowUps> followUps, AccessLog accessLog, Clock clock) {
		this.selfAudits = selfAudits;
		this.actions = actions;
		this.events = events;
		this.followUps = followUps;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * One of the agency's actions, as the audit's lead may escalate it.
	 * @throws AccessDeniedException when the person is not the lead of the audit's agency
	 * @throws RecordNotFoundException when the action is not the agency's
	 */
	@Transactional(readOnly = true)
	public AuditAction escalatable(SignedInUser lead, Audit audit, long actionId) {
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new AccessDeniedException("Only the agency's lead escalates its actions");
		}
		return this.actions.findByIdAndPartnershipIdAndAgencyId(actionId, audit.getPartnershipId(), audit.getAgencyId())
			.orElseThrow(() -> new RecordNotFoundException("audit-action", actionId));
	}

	/**
	 * Escalates the action, saying why the agency needs the partnership to act.
	 * @throws AuditRuleException when the action refuses (already escalated, done, or the
	 * reason is missing or too long)
	 */
	public void escalate(SignedInUser lead, Audit audit, long actionId, String reason) {
		AuditAction action = escalatable(lead, audit, actionId);
		action.escalate(reason, lead.id(), this.clock.instant());
		this.actions.save(action);
		Audit from = this.selfAudits.viewable(lead, action.getAuditId());
		String statementText = null;
		Integer score = null;
		if (action.getStatementNumber() != null) {
			statementText = this.selfAudits.framework(from)
				.statement(action.getStatementNumber())
				.map(FrameworkStatement::text)
				.orElse(null);
			AuditStatement statement = this.selfAudits.statements(from).get(action.getStatementNumber());
			score = (statement != null) ? statement.getScore() : null;
		}
		this.events.publishEvent(new AuditActionEscalated(action.getPartnershipId(), action.getAgencyId(),
				action.getAuditId(), action.getId(), action.getStatementNumber(), statementText, score,
				action.getDescription(), action.getEscalationReason(), action.getEscalatedAt()));
		this.accessLog.record(lead, AccessEvent.RECORD_CHANGED, "audit-action", actionId,
				"escalated to the partnership plan");
	}

	/** Where the plan placed those of these actions it has received, by action id. */
	@Transactional(readOnly = true)
	public Map<Long, PlanFollowUps.PlanFollowUp> followUps(long partnershipId, Collection<AuditAction> escalated) {
		List<Long> ids = escalated.stream().filter(AuditAction::isEscalated).map(AuditAction::getId).toList();
		PlanFollowUps plan = this.followUps.getIfAvailable();
		return (ids.isEmpty() || plan == null) ? Map.of() : plan.followUpsOf(partnershipId, ids);
	}

}
