package org.onlinelives.strategy.web;

import java.util.List;
import java.util.Map;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.StrategyRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Audit actions agencies escalated, waiting for an administrator to place each under an
 * action of the plan, or to add a new action for it.
 */
@Controller
class EscalationsController {

	private final PartnershipPlan plan;

	EscalationsController(PartnershipPlan plan) {
		this.plan = plan;
	}

	@GetMapping("/plan/escalations")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String waiting(@AuthenticationPrincipal SignedInUser admin, Model model) {
		Map<Long, String> agencies = this.plan.agencyNames(admin.partnershipId());
		model.addAttribute("escalations", this.plan.waiting(admin));
		model.addAttribute("agencies", agencies);
		List<SelectOption> actions = this.plan.actions(admin)
			.stream()
			.map((action) -> new SelectOption(action.getId().toString(), action.getTitle()))
			.toList();
		model.addAttribute("actions", actions);
		return "strategy/escalations";
	}

	@PostMapping("/plan/escalations/{id}")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String place(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@RequestParam(name = "planActionId", required = false) String planActionId,
			@RequestParam(name = "version", required = false) String version, Model model,
			RedirectAttributes redirect) {
		try {
			this.plan.place(admin, id, StrategyForms.id(planActionId), StrategyForms.id(version));
		}
		catch (StrategyRuleException refusal) {
			model.addAttribute("refusal", refusal.messageKey());
			model.addAttribute("refusedId", id);
			return waiting(admin, model);
		}
		redirect.addFlashAttribute("success", "strategy.escalation.placed");
		return "redirect:/plan/escalations";
	}

}
