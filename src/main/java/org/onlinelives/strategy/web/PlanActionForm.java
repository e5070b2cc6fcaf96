package org.onlinelives.strategy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.onlinelives.strategy.plan.Escalation;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.Recommendation;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.strategy.plan.StrategyRuleException;
import org.springframework.validation.Errors;

/**
 * A plan action as typed: choices and the due date's three boxes bound as text, read
 * here.
 */
record PlanActionForm(String priority, String title, String description, String ownerAgencyId, String leadUserId,
		String dueDay, String dueMonth, String dueYear, List<String> recommendations, String escalationId,
		Long version) {

	private static final List<String> FIELD_ORDER = List.of("priority", "title", "description", "ownerAgencyId",
			"leadUserId", "dueDay", "dueDate", "recommendations");

	static PlanActionForm blank() {
		return new PlanActionForm("", "", "", "", "", "", "", "", List.of(), "", null);
	}

	/** A new action taking an escalated audit action forward, its words as a start. */
	static PlanActionForm from(Escalation escalation) {
		StrategicPriority suggested = StrategicPriority.suggestedFor(escalation.getStatementNumber());
		String title = escalation.getActionDescription();
		if (title.length() > PlanAction.MAX_TITLE) {
			title = title.substring(0, PlanAction.MAX_TITLE);
		}
		return new PlanActionForm((suggested != null) ? suggested.name() : "", title, escalation.getReason(), "", "",
				"", "", "", List.of(), escalation.getId().toString(), null);
	}

	static PlanActionForm of(PlanAction action) {
		LocalDate due = action.getDueDate();
		return new PlanActionForm(action.getPriority().name(), action.getTitle(),
				(action.getDescription() != null) ? action.getDescription() : "",
				(action.getOwnerAgencyId() != null) ? action.getOwnerAgencyId().toString() : "",
				(action.getLeadUserId() != null) ? action.getLeadUserId().toString() : "",
				String.valueOf(due.getDayOfMonth()), String.valueOf(due.getMonthValue()), String.valueOf(due.getYear()),
				action.getRecommendations().stream().map(Enum::name).toList(), "", action.getVersion());
	}

	/**
	 * Reports what cannot be read at all and every rule the action itself finds broken,
	 * in the order of the fields on the page.
	 */
	void check(Errors errors) {
		List<StrategyRuleException.Problem> problems = new ArrayList<>();
		if (StrategyForms.unreadable(this.priority, priorityValue())) {
			problems.add(new StrategyRuleException.Problem("priority", "strategy.action.priority.required"));
		}
		if (StrategyForms.unreadable(this.ownerAgencyId, StrategyForms.id(this.ownerAgencyId))) {
			problems.add(new StrategyRuleException.Problem("ownerAgencyId", "strategy.action.owner.invalid"));
		}
		if (StrategyForms.unreadable(this.leadUserId, StrategyForms.id(this.leadUserId))) {
			problems.add(new StrategyRuleException.Problem("leadUserId", "strategy.action.lead.invalid"));
		}
		if (!StrategyForms.blank(this.dueDay, this.dueMonth, this.dueYear) && due() == null) {
			problems.add(new StrategyRuleException.Problem("dueDay", "strategy.action.due.invalid"));
		}
		if (recommendationValues().stream().anyMatch(Objects::isNull)) {
			problems
				.add(new StrategyRuleException.Problem("recommendations", "strategy.action.recommendations.invalid"));
		}
		problems.addAll(PlanAction.problemsWith(details()));
		problems.sort(Comparator.comparingInt((problem) -> FIELD_ORDER.indexOf(problem.field())));
		StrategyForms.reject(errors, problems);
	}

	StrategicPriority priorityValue() {
		return StrategyForms.option(StrategicPriority.class, this.priority);
	}

	LocalDate due() {
		return StrategyForms.date(this.dueDay, this.dueMonth, this.dueYear);
	}

	Long escalation() {
		return StrategyForms.id(this.escalationId);
	}

	PlanAction.Details details() {
		return new PlanAction.Details(priorityValue(), this.title, this.description,
				StrategyForms.id(this.ownerAgencyId), StrategyForms.id(this.leadUserId), due(),
				recommendationValues().stream().filter(Objects::nonNull).distinct().toList());
	}

	private List<Recommendation> recommendationValues() {
		return (this.recommendations != null) ? this.recommendations.stream().map(Recommendation::ofCode).toList()
				: List.of();
	}

}
