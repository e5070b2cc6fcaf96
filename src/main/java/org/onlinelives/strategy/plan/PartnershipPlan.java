package org.onlinelives.strategy.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.platform.web.UkTime;
import org.onlinelives.selfaudit.AuditActionEscalated;
import org.onlinelives.selfaudit.PlanFollowUps;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's online-safety plan as the signed-in person may see and change it.
 * Administrators, agency leads and analysts read it; administrators shape it; an action's
 * lead, and the lead of the agency that owns it, record its progress. Every read takes
 * the person's partnership, and every change is logged.
 */
@Service
@Transactional
public class PartnershipPlan implements PlanFollowUps {

	public static final int MAX_ADOPTION_NOTE = 1000;

	private final PlanActions actions;

	private final Escalations escalations;

	private final Adoptions adoptions;

	private final AgencyDirectory agencies;

	private final PeopleDirectory users;

	private final AccessLog accessLog;

	private final Clock clock;

	PartnershipPlan(PlanActions actions, Escalations escalations, Adoptions adoptions, AgencyDirectory agencies,
			PeopleDirectory users, AccessLog accessLog, Clock clock) {
		this.actions = actions;
		this.escalations = escalations;
		this.adoptions = adoptions;
		this.agencies = agencies;
		this.users = users;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public static boolean mayView(SignedInUser user) {
		return user.isAdministrator() || user.hasRole(Role.AGENCY_LEAD) || user.hasRole(Role.ANALYST);
	}

	public LocalDate today() {
		return UkTime.today(this.clock);
	}

	// Actions

	@Transactional(readOnly = true)
	public List<PlanAction> actions(SignedInUser user) {
		viewer(user);
		return this.actions.findByPartnershipIdOrderByDueDateAscIdAsc(user.partnershipId());
	}

	/** Every action of a partnership, for its board report. */
	@Transactional(readOnly = true)
	public List<PlanAction> actionsOf(long partnershipId) {
		return this.actions.findByPartnershipIdOrderByDueDateAscIdAsc(partnershipId);
	}

	@Transactional(readOnly = true)
	public PlanAction action(SignedInUser user, long id) {
		viewer(user);
		return this.actions.findByIdAndPartnershipId(id, user.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException("plan-action", id));
	}

	/**
	 * Administrators, the action's lead, and the lead of the agency that owns it record
	 * its progress.
	 */
	public static boolean mayRecordProgress(SignedInUser user, PlanAction action) {
		if (user.isAdministrator()) {
			return true;
		}
		return user.hasRole(Role.AGENCY_LEAD) && (Objects.equals(action.getLeadUserId(), user.id())
				|| (user.agencyId() != null && user.agencyId().equals(action.getOwnerAgencyId())));
	}

	/**
	 * Adds an action; with an escalation, places that escalated audit action under it.
	 * @throws StrategyRuleException when a detail breaks a rule, naming the field
	 */
	public PlanAction create(SignedInUser admin, PlanAction.Details details, Long escalationId) {
		administrator(admin);
		Escalation escalation = (escalationId != null) ? escalation(admin, escalationId) : null;
		checkReferences(admin, details, null);
		if (escalation != null && escalation.isPlaced()) {
			throw new StrategyRuleException(null, "strategy.escalation.alreadyPlaced");
		}
		PlanAction action = this.actions
			.save(PlanAction.create(admin.partnershipId(), details, admin.id(), this.clock.instant()));
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "plan-action", action.getId(), "plan action added");
		if (escalation != null) {
			escalation.placeUnder(action, admin.id(), this.clock.instant());
			this.escalations.save(escalation);
			this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "plan-escalation", escalation.getId(),
					"escalated audit action placed under plan action " + action.getId());
		}
		return action;
	}

	public void change(SignedInUser admin, long id, PlanAction.Details details, Long version) {
		administrator(admin);
		PlanAction action = action(admin, id);
		if (!Objects.equals(version, action.getVersion())) {
			throw new StrategyRuleException(null, "strategy.changedByAnother");
		}
		checkReferences(admin, details, action);
		action.change(details);
		this.actions.save(action);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "plan-action", id, "plan action changed");
	}

	public void recordProgress(SignedInUser user, long id, String note, PlanStatus status, Rag rag, Long version) {
		PlanAction action = action(user, id);
		if (!mayRecordProgress(user, action)) {
			throw new AccessDeniedException("Only the action's lead, its agency's lead or an administrator");
		}
		if (!Objects.equals(version, action.getVersion())) {
			throw new StrategyRuleException(null, "strategy.changedByAnother");
		}
		action.recordProgress(note, status, rag, user.id(), this.clock.instant());
		this.actions.save(action);
		this.accessLog.record(user, AccessEvent.RECORD_CHANGED, "plan-action", id, "progress recorded: " + status);
	}

	/**
	 * The owner must be one of the partnership's agencies; the lead an active
	 * administrator or agency lead of the partnership; each recommendation adopted (a
	 * recommendation already linked may stay while it is).
	 */
	private void checkReferences(SignedInUser admin, PlanAction.Details details, PlanAction existing) {
		List<StrategyRuleException.Problem> problems = new ArrayList<>();
		problems.addAll(PlanAction.problemsWith(details));
		if (details.ownerAgencyId() != null
				&& this.agencies.find(admin.partnershipId(), details.ownerAgencyId()).isEmpty()) {
			problems.add(new StrategyRuleException.Problem("ownerAgencyId", "strategy.action.owner.invalid"));
		}
		if (details.leadUserId() != null
				&& possibleLeads(admin.partnershipId()).stream()
					.noneMatch((person) -> person.id() == details.leadUserId())
				&& (existing == null || !details.leadUserId().equals(existing.getLeadUserId()))) {
			problems.add(new StrategyRuleException.Problem("leadUserId", "strategy.action.lead.invalid"));
		}
		Set<Recommendation> adopted = adopted(admin.partnershipId());
		if (details.recommendations() != null && !adopted.containsAll(details.recommendations())) {
			problems.add(
					new StrategyRuleException.Problem("recommendations", "strategy.action.recommendations.notAdopted"));
		}
		StrategyRuleException.throwIfAny(problems);
	}

	/** The people who may lead an action: active administrators and agency leads. */
	@Transactional(readOnly = true)
	public List<PeopleDirectory.PersonName> possibleLeads(long partnershipId) {
		return this.users.activeNamesWithAnyRole(partnershipId, null, Set.of(Role.PARTNERSHIP_ADMIN, Role.AGENCY_LEAD));
	}

	/** A person's name as the plan shows it, or null for none. */
	@Transactional(readOnly = true)
	public String nameOf(long partnershipId, Long userId) {
		return (userId == null) ? null : this.users.find(partnershipId, userId).map(User::getDisplayName).orElse(null);
	}

	@Transactional(readOnly = true)
	public Map<Long, String> agencyNames(long partnershipId) {
		return this.agencies.agenciesOf(partnershipId)
			.stream()
			.collect(Collectors.toMap(Agency::getId, Agency::getName, (a, b) -> a, LinkedHashMap::new));
	}

	// Recommendations

	/**
	 * A recommendation of the catalogue, whether the partnership has adopted it, and the
	 * plan actions that help deliver it.
	 */
	public record RecommendationRow(Recommendation recommendation, boolean adopted, Instant adoptedAt, String note,
			List<PlanAction> actions) {
	}

	@Transactional(readOnly = true)
	public List<RecommendationRow> recommendations(SignedInUser user) {
		viewer(user);
		return recommendationsOf(user.partnershipId());
	}

	@Transactional(readOnly = true)
	public List<RecommendationRow> recommendationsOf(long partnershipId) {
		Map<Recommendation, Adoptions.Adoption> adopted = this.adoptions.of(partnershipId);
		List<PlanAction> all = this.actions.findByPartnershipIdOrderByDueDateAscIdAsc(partnershipId);
		List<RecommendationRow> rows = new ArrayList<>();
		for (Recommendation recommendation : Recommendation.values()) {
			Adoptions.Adoption adoption = adopted.get(recommendation);
			rows.add(new RecommendationRow(recommendation, adoption != null,
					(adoption != null) ? adoption.adoptedAt() : null, (adoption != null) ? adoption.note() : null,
					all.stream().filter((action) -> action.answers(recommendation)).toList()));
		}
		return rows;
	}

	@Transactional(readOnly = true)
	public Set<Recommendation> adopted(long partnershipId) {
		return this.adoptions.of(partnershipId).keySet();
	}

	/**
	 * Adopts a recommendation, with an optional note of how the partnership will take it
	 * forward.
	 * @throws StrategyRuleException when the note is too long
	 */
	public void adopt(SignedInUser admin, Recommendation recommendation, String note) {
		administrator(admin);
		String clean = (note == null || note.isBlank()) ? null : note.strip();
		if (clean != null && clean.length() > MAX_ADOPTION_NOTE) {
			throw new StrategyRuleException("note", "strategy.recommendation.note.tooLong");
		}
		if (this.adoptions.adopt(admin.partnershipId(), recommendation, admin.id(), this.clock.instant(), clean)) {
			this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "plan-recommendation", recommendation.name(),
					"recommendation adopted");
		}
	}

	/**
	 * Stops adopting a recommendation.
	 * @throws StrategyRuleException while plan actions still say they deliver it
	 */
	public void withdraw(SignedInUser admin, Recommendation recommendation) {
		administrator(admin);
		if (this.actions.findByPartnershipIdOrderByDueDateAscIdAsc(admin.partnershipId())
			.stream()
			.anyMatch((action) -> action.answers(recommendation))) {
			throw new StrategyRuleException(null, "strategy.recommendation.linked");
		}
		if (this.adoptions.withdraw(admin.partnershipId(), recommendation)) {
			this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "plan-recommendation", recommendation.name(),
					"recommendation no longer adopted");
		}
	}

	// Escalated audit actions

	/**
	 * Keeps an escalated audit action for administrators to place. The same escalation
	 * received twice (an event handled again after a restart) is kept once.
	 */
	public void receive(AuditActionEscalated event) {
		if (!this.escalations.existsByAuditActionId(event.auditActionId())) {
			this.escalations.save(Escalation.received(event));
		}
	}

	@Transactional(readOnly = true)
	public List<Escalation> waiting(SignedInUser admin) {
		administrator(admin);
		return this.escalations.findByPartnershipIdAndPlanActionIdIsNullOrderByEscalatedAtAsc(admin.partnershipId());
	}

	@Transactional(readOnly = true)
	public long waitingCount(SignedInUser user) {
		return user.isAdministrator() ? this.escalations.countByPartnershipIdAndPlanActionIdIsNull(user.partnershipId())
				: 0;
	}

	@Transactional(readOnly = true)
	public Escalation escalation(SignedInUser admin, long id) {
		administrator(admin);
		return this.escalations.findByIdAndPartnershipId(id, admin.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException("plan-escalation", id));
	}

	/**
	 * Places an escalated audit action under an action already in the plan.
	 * @throws StrategyRuleException when no action of the plan is chosen, or the
	 * escalation was placed meanwhile
	 */
	public void place(SignedInUser admin, long escalationId, Long planActionId, Long version) {
		Escalation escalation = escalation(admin, escalationId);
		if (!Objects.equals(version, escalation.getVersion())) {
			throw new StrategyRuleException(null, "strategy.escalation.alreadyPlaced");
		}
		PlanAction action = (planActionId == null) ? null
				: this.actions.findByIdAndPartnershipId(planActionId, admin.partnershipId()).orElse(null);
		if (action == null) {
			throw new StrategyRuleException("planActionId", "strategy.escalation.action.required");
		}
		escalation.placeUnder(action, admin.id(), this.clock.instant());
		this.escalations.save(escalation);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "plan-escalation", escalationId,
				"escalated audit action placed under plan action " + planActionId);
	}

	/**
	 * An audit weakness a plan action answers, as this person may see it: the agency, its
	 * action and reason only for administrators and that agency's own lead.
	 */
	public record AnsweredWeakness(String statementNumber, String statementText, Integer score, String agencyName,
			String actionDescription, String reason, Instant escalatedAt) {
	}

	@Transactional(readOnly = true)
	public List<AnsweredWeakness> answeredBy(SignedInUser user, PlanAction action) {
		viewer(user);
		Map<Long, String> names = agencyNames(user.partnershipId());
		return this.escalations
			.findByPartnershipIdAndPlanActionIdOrderByStatementNumberAscEscalatedAtAsc(user.partnershipId(),
					action.getId())
			.stream()
			.map((escalation) -> {
				boolean named = user.isAdministrator()
						|| (user.hasRole(Role.AGENCY_LEAD) && escalation.getAgencyId().equals(user.agencyId()));
				return new AnsweredWeakness(escalation.getStatementNumber(), escalation.getStatementText(),
						named ? escalation.getScore() : null, named ? names.get(escalation.getAgencyId()) : null,
						named ? escalation.getActionDescription() : null, named ? escalation.getReason() : null,
						escalation.getEscalatedAt());
			})
			.toList();
	}

	/**
	 * How many escalated audit actions, from how many agencies, each plan action answers.
	 */
	public record Answers(int auditActions, int agencies) {
	}

	@Transactional(readOnly = true)
	public Map<Long, Answers> answersByAction(long partnershipId) {
		Map<Long, List<Escalation>> byAction = this.escalations
			.findByPartnershipIdAndPlanActionIdIsNotNull(partnershipId)
			.stream()
			.collect(Collectors.groupingBy(Escalation::getPlanActionId));
		Map<Long, Answers> answers = new HashMap<>();
		byAction.forEach((actionId, list) -> answers.put(actionId,
				new Answers(list.size(), (int) list.stream().map(Escalation::getAgencyId).distinct().count())));
		return answers;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, PlanFollowUp> followUpsOf(long partnershipId, Collection<Long> auditActionIds) {
		if (auditActionIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = today();
		Map<Long, PlanFollowUp> followUps = new HashMap<>();
		for (Escalation escalation : this.escalations.findByPartnershipIdAndAuditActionIdIn(partnershipId,
				auditActionIds)) {
			PlanAction action = escalation.isPlaced()
					? this.actions.findByIdAndPartnershipId(escalation.getPlanActionId(), partnershipId).orElse(null)
					: null;
			followUps.put(escalation.getAuditActionId(),
					(action == null) ? new PlanFollowUp(false, null, null, null, null, null)
							: new PlanFollowUp(true, action.getTitle(), action.getStatus().messageKey(),
									action.shownRag(today).messageKey(), action.shownRag(today).tagClass(),
									"/plan/actions/" + action.getId()));
		}
		return followUps;
	}

	private static void viewer(SignedInUser user) {
		if (!mayView(user)) {
			throw new AccessDeniedException("The plan is for administrators, agency leads and analysts");
		}
	}

	private static void administrator(SignedInUser user) {
		if (!user.isAdministrator()) {
			throw new AccessDeniedException("Only partnership administrators change the plan");
		}
	}

}
