package org.onlinelives.strategy.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.Recommendation;
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
 * The recommendations of the Dudley online safety evaluation, which the partnership
 * adopts into its plan and links its actions to.
 */
@Controller
class RecommendationsController {

	private final PartnershipPlan plan;

	RecommendationsController(PartnershipPlan plan) {
		this.plan = plan;
	}

	@GetMapping("/plan/recommendations")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'AGENCY_LEAD', 'ANALYST')")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("rows", this.plan.recommendations(user));
		return "strategy/recommendations";
	}

	/**
	 * Adopts the recommendation (with an optional note) or stops adopting it. Several
	 * recommendations share the page, so a refusal names the one it is about.
	 */
	@PostMapping("/plan/recommendations/{code}")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String decide(@AuthenticationPrincipal SignedInUser admin, @PathVariable String code,
			@RequestParam(name = "decision", required = false) String decision,
			@RequestParam(name = "note", required = false) String note, Model model, RedirectAttributes redirect) {
		Recommendation recommendation = Recommendation.ofCode(code);
		if (recommendation == null) {
			throw new RecordNotFoundException("recommendation", code);
		}
		try {
			if ("WITHDRAW".equals(decision)) {
				this.plan.withdraw(admin, recommendation);
				redirect.addFlashAttribute("success", "strategy.recommendation.withdrawn");
			}
			else {
				this.plan.adopt(admin, recommendation, note);
				redirect.addFlashAttribute("success", "strategy.recommendation.adopted");
			}
		}
		catch (StrategyRuleException refusal) {
			model.addAttribute("refusal", refusal.messageKey());
			model.addAttribute("refusedCode", code);
			model.addAttribute("typedNote", note);
			return list(admin, model);
		}
		return "redirect:/plan/recommendations#" + code;
	}

}
