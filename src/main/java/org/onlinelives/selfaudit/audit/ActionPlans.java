package org.onlinelives.selfaudit.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.people.PeopleDirectory.PersonName;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.selfaudit.scoring.AuditScores;
import org.onlinelives.selfaudit.scoring.ProposedAction;
import org.onlinelives.selfaudit.scoring.ProposedActions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies' action plans: reading a plan, proposing actions for weak statements, and
 * adding or changing an action, each change in one transaction with its access-log entry.
 * Callers have already checked that the person may see (or lead) the audit.
 */
@Service
public class ActionPlans {

	private final AuditActions actions;

	private final SelfAudits selfAudits;

	private final PeopleDirectory people;

	private final AccessLog accessLog;

	private final Clock clock;

	ActionPlans(AuditActions actions, SelfAudits selfAudits, PeopleDirectory people, AccessLog accessLog, Clock clock) {
		this.actions = actions;
		this.selfAudits = selfAudits;
		this.people = people;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** What an action is to say, as the agency lead gave it. */
	public record ActionDetails(String description, Long ownerId, LocalDate dueDate, ActionStatus status,
			String progressNotes) {
	}

	/** This audit's actions and the agency's still-open actions from earlier audits. */
	@Transactional(readOnly = true)
	public List<AuditAction> planFor(Audit audit) {
		return this.actions.planFor(audit.getPartnershipId(), audit.getAgencyId(), audit.getId());
	}

	/** One action of the audit's agency; any other is not found. */
	@Transactional(readOnly = true)
	public AuditAction action(Audit audit, long actionId) {
		return this.actions.findByIdAndPartnershipIdAndAgencyId(actionId, audit.getPartnershipId(), audit.getAgencyId())
			.orElseThrow(() -> new RecordNotFoundException("audit-action", actionId));
	}

	/**
	 * Actions proposed for the submitted audit's statements scored 0 or 1, less those the
	 * plan already has.
	 */
	@Transactional(readOnly = true)
	public List<ProposedAction> proposals(Audit audit, List<AuditAction> plan) {
		if (!audit.getStatus().isSubmitted()) {
			return List.of();
		}
		Set<String> planned = plan.stream()
			.filter((action) -> action.getAuditId().equals(audit.getId()) && action.getStatementNumber() != null)
			.map(AuditAction::getStatementNumber)
			.collect(Collectors.toSet());
		Map<String, Integer> scores = new HashMap<>();
		this.selfAudits.statements(audit).forEach((number, statement) -> scores.put(number, statement.getScore()));
		return ProposedActions.from(AuditScores.of(this.selfAudits.framework(audit), scores))
			.stream()
			.filter((proposal) -> !planned.contains(proposal.statementNumber()))
			.toList();
	}

	/** The people of the audit's agency who may own an action, in name order. */
	@Transactional(readOnly = true)
	public List<PersonName> possibleOwners(Audit audit) {
		return this.people.namesOf(audit.getPartnershipId(), audit.getAgencyId());
	}

	/** Whether the person is one of the audit's agency's people. */
	@Transactional(readOnly = true)
	public boolean isOfAgency(SignedInUser lead, Audit audit, Long personId) {
		return this.people.findInAgency(lead.partnershipId(), audit.getAgencyId(), personId).isPresent();
	}

	/**
	 * Adds an action to the audit's plan, for one of its framework's statements or none.
	 * @throws AuditRuleException when the audit is not yet submitted
	 */
	@Transactional
	public AuditAction add(SignedInUser lead, Audit audit, String statementNumber, ActionDetails details) {
		String statement = (statementNumber != null
				&& this.selfAudits.framework(audit).statement(statementNumber).isPresent()) ? statementNumber : null;
		AuditAction action = this.actions.save(AuditAction.add(audit, statement, details.description(),
				details.ownerId(), details.dueDate(), details.status(), details.progressNotes(), this.clock.instant()));
		this.accessLog.record(lead, AccessEvent.RECORD_CHANGED, "audit-action", action.getId(), "action added");
		return action;
	}

	/**
	 * Changes an action of the audit's agency.
	 * @throws AuditRuleException when someone else changed it since the form was shown
	 */
	@Transactional
	public void change(SignedInUser lead, Audit audit, long actionId, Long expectedVersion, ActionDetails details) {
		AuditAction action = action(audit, actionId);
		if (expectedVersion == null || !expectedVersion.equals(action.getVersion())) {
			throw new AuditRuleException("selfaudit.actions.changedByAnother", "Changed by someone else");
		}
		action.change(details.description(), details.ownerId(), details.dueDate(), details.status(),
				details.progressNotes());
		this.actions.save(action);
		this.accessLog.record(lead, AccessEvent.RECORD_CHANGED, "audit-action", action.getId(), "action changed");
	}

}
