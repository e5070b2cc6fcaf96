package org.onlinelives.strategy.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.strategy.plan.Escalation;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.Recommendation;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.strategy.plan.StrategyRuleException;
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
 * Partnership administrators add actions to the plan (from scratch, or to take an
 * escalated audit action forward) and change them.
 */
@Controller
class PlanActionsController {

	private final PartnershipPlan plan;

	PlanActionsController(PartnershipPlan plan) {
		this.plan = plan;
	}

	@GetMapping("/plan/actions/new")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String newAction(@AuthenticationPrincipal SignedInUser admin,
			@RequestParam(name = "escalation", required = false) String escalationId, Model model) {
		Long id = StrategyForms.id(escalationId);
		Escalation escalation = (id != null) ? this.plan.escalation(admin, id) : null;
		if (escalation != null && escalation.isPlaced()) {
			return "redirect:/plan/actions/" + escalation.getPlanActionId();
		}
		model.addAttribute("form", (escalation != null) ? PlanActionForm.from(escalation) : PlanActionForm.blank());
		return form(admin, null, escalation, model);
	}

	@PostMapping("/plan/actions")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String add(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") PlanActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Escalation escalation = (form.escalation() != null) ? this.plan.escalation(admin, form.escalation()) : null;
		form.check(result);
		PlanAction saved = null;
		if (!result.hasErrors()) {
			try {
				saved = this.plan.create(admin, form.details(), form.escalation());
			}
			catch (StrategyRuleException refusal) {
				StrategyForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return form(admin, null, escalation, model);
		}
		redirect.addFlashAttribute("success", "strategy.action.added");
		return "redirect:/plan/actions/" + saved.getId();
	}

	@GetMapping("/plan/actions/{id}/edit")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String edit(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		PlanAction action = this.plan.action(admin, id);
		model.addAttribute("form", PlanActionForm.of(action));
		return form(admin, action, null, model);
	}

	@PostMapping("/plan/actions/{id}/edit")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String change(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@ModelAttribute("form") PlanActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PlanAction action = this.plan.action(admin, id);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.plan.change(admin, id, form.details(), form.version());
			}
			catch (StrategyRuleException refusal) {
				StrategyForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return form(admin, action, null, model);
		}
		redirect.addFlashAttribute("success", "strategy.action.changed");
		return "redirect:/plan/actions/" + id;
	}

	private String form(SignedInUser admin, PlanAction action, Escalation escalation, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("escalation", escalation);
		if (escalation != null) {
			model.addAttribute("escalationAgency",
					this.plan.agencyNames(admin.partnershipId()).get(escalation.getAgencyId()));
		}
		model.addAttribute("priorities", StrategyForms.names(StrategicPriority.values()));
		model.addAttribute("agencies",
				this.plan.agencyNames(admin.partnershipId())
					.entrySet()
					.stream()
					.map((entry) -> new SelectOption(entry.getKey().toString(), entry.getValue()))
					.toList());
		model.addAttribute("leads",
				this.plan.possibleLeads(admin.partnershipId())
					.stream()
					.map((person) -> new SelectOption(String.valueOf(person.id()), person.displayName()))
					.toList());
		java.util.Set<Recommendation> adopted = this.plan.adopted(admin.partnershipId());
		model.addAttribute("recommendations",
				java.util.Arrays.stream(Recommendation.values()).filter(adopted::contains).map(Enum::name).toList());
		return "strategy/action-form";
	}

}
