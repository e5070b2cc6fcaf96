package org.onlinelives.selfaudit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.UkTime;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.selfaudit.PlanFollowUps;
import org.onlinelives.selfaudit.audit.ActionEscalations;
import org.onlinelives.selfaudit.audit.ActionPlans;
import org.onlinelives.selfaudit.audit.ActionStatus;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAccess;
import org.onlinelives.selfaudit.audit.AuditAction;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.scoring.ProposedAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's action plan: actions proposed for statements scored 0 or 1, the agency's
 * own, and open actions carried from its earlier cycles. The agency lead edits; overdue
 * actions are tagged.
 */
@Controller
class ActionsController {

	private final SelfAudits selfAudits;

	private final ActionPlans actionPlans;

	private final AuditViews views;

	private final Clock clock;

	private final ActionEscalations escalations;

	ActionsController(SelfAudits selfAudits, ActionPlans actionPlans, AuditViews views, Clock clock,
			ActionEscalations escalations) {
		this.escalations = escalations;
		this.selfAudits = selfAudits;
		this.actionPlans = actionPlans;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * An action as listed, with what the page needs to show about it: for an escalated
	 * action, where the partnership's plan placed it (null until the plan has it).
	 */
	public record ActionRow(AuditAction action, String ownerName, boolean overdue, boolean carried,
			PlanFollowUps.PlanFollowUp followUp) {
	}

	@GetMapping("/audits/{id}/actions")
	@PreAuthorize("hasAnyRole('AGENCY_LEAD', 'PRACTITIONER', 'QA_REVIEWER', 'PARTNERSHIP_ADMIN')")
	String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Audit audit = this.selfAudits.viewable(user, id);
		LocalDate today = UkTime.today(this.clock);
		List<AuditAction> plan = this.actionPlans.planFor(audit);
		Map<Long, PlanFollowUps.PlanFollowUp> followUps = this.escalations.followUps(audit.getPartnershipId(), plan);
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("rows",
				plan.stream()
					.map((action) -> new ActionRow(action, this.selfAudits.nameOf(audit, action.getOwnerId()),
							action.isOverdue(today), action.isCarriedInto(audit), followUps.get(action.getId())))
					.toList());
		model.addAttribute("proposals", this.actionPlans.proposals(audit, plan));
		model.addAttribute("lead", AuditAccess.isAgencyLead(user, audit) && audit.getStatus().isSubmitted());
		return "selfaudit/actions";
	}

	@GetMapping("/audits/{id}/actions/new")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String newAction(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id,
			@RequestParam(name = "statement", required = false) String statement, Model model) {
		Audit audit = leads(lead, id);
		String proposed = this.actionPlans.proposals(audit, List.of())
			.stream()
			.filter((proposal) -> proposal.statementNumber().equals(statement))
			.map(ProposedAction::action)
			.findFirst()
			.orElse("");
		model.addAttribute("form",
				ActionForm.proposed(proposed.isEmpty() ? null : statement, proposed.isEmpty() ? "" : proposed));
		return form(audit, null, model);
	}

	@PostMapping("/audits/{id}/actions")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String add(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id,
			@ModelAttribute("form") ActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Audit audit = leads(lead, id);
		validate(lead, audit, form, result);
		if (result.hasErrors()) {
			return form(audit, null, model);
		}
		try {
			this.actionPlans.add(lead, audit, form.statementNumber(), details(form));
		}
		catch (AuditRuleException refusal) {
			result.reject(refusal.messageKey());
			return form(audit, null, model);
		}
		redirect.addFlashAttribute("success", "selfaudit.actions.added");
		return "redirect:/audits/" + id + "/actions";
	}

	@GetMapping("/audits/{id}/actions/{actionId}")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String edit(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable long actionId,
			Model model) {
		Audit audit = leads(lead, id);
		AuditAction action = this.actionPlans.action(audit, actionId);
		model.addAttribute("form", ActionForm.of(action));
		return form(audit, action, model);
	}

	@PostMapping("/audits/{id}/actions/{actionId}")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String change(@AuthenticationPrincipal SignedInUser lead, @PathVariable long id, @PathVariable long actionId,
			@ModelAttribute("form") ActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Audit audit = leads(lead, id);
		AuditAction action = this.actionPlans.action(audit, actionId);
		validate(lead, audit, form, result);
		if (result.hasErrors()) {
			return form(audit, action, model);
		}
		try {
			this.actionPlans.change(lead, audit, actionId, form.version(), details(form));
		}
		catch (AuditRuleException refusal) {
			result.reject(refusal.messageKey());
			return form(audit, action, model);
		}
		redirect.addFlashAttribute("success", "selfaudit.actions.changed");
		return "redirect:/audits/" + id + "/actions";
	}

	private void validate(SignedInUser lead, Audit audit, ActionForm form, BindingResult result) {
		form.validate(result);
		if (!result.hasFieldErrors("ownerId") && form.owner() != null
				&& !this.actionPlans.isOfAgency(lead, audit, form.owner())) {
			result.rejectValue("ownerId", "selfaudit.actions.owner.invalid");
		}
	}

	private String form(Audit audit, AuditAction action, Model model) {
		model.addAttribute("view", this.views.of(audit));
		model.addAttribute("action", action);
		if (action != null && action.isEscalated()) {
			model.addAttribute("followUp",
					this.escalations.followUps(audit.getPartnershipId(), List.of(action)).get(action.getId()));
		}
		model.addAttribute("statuses", List.of(ActionStatus.values()).stream().map(Enum::name).toList());
		model.addAttribute("owners",
				this.actionPlans.possibleOwners(audit)
					.stream()
					.map((person) -> new SelectOption(String.valueOf(person.id()), person.displayName()))
					.toList());
		return "selfaudit/action-form";
	}

	private static ActionPlans.ActionDetails details(ActionForm form) {
		return new ActionPlans.ActionDetails(form.description(), form.owner(), form.due(), form.statusValue(),
				form.progressNotes());
	}

	private Audit leads(SignedInUser lead, long id) {
		Audit audit = this.selfAudits.viewable(lead, id);
		if (!AuditAccess.isAgencyLead(lead, audit)) {
			throw new AccessDeniedException("Only the agency's lead edits its action plan");
		}
		return audit;
	}

}
