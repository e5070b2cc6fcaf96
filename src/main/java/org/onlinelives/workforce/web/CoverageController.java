package org.onlinelives.workforce.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingLevel;
import org.onlinelives.workforce.training.TrainingRuleException;
import org.onlinelives.workforce.training.TrainingTarget;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training coverage against the partnership's target, by agency and team: the whole
 * partnership for administrators and analysts, their own agency for a lead.
 */
@Controller
class CoverageController {

	private final Training training;

	CoverageController(Training training) {
		this.training = training;
	}

	@GetMapping("/training/coverage")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST', 'AGENCY_LEAD')")
	String coverage(@AuthenticationPrincipal SignedInUser user, Model model) {
		TrainingTarget target = this.training.target(user.partnershipId());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TargetForm.of(target));
		}
		return page(user, target, model);
	}

	@PostMapping("/training/coverage/target")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String changeTarget(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") TargetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.checkTypes(result);
		if (!result.hasErrors()) {
			try {
				this.training.changeTarget(admin, form.levelValue(), TrainingForms.number(form.percent()),
						form.version());
			}
			catch (TrainingRuleException refusal) {
				TrainingForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return page(admin, this.training.target(admin.partnershipId()), model);
		}
		redirect.addFlashAttribute("success", "training.target.saved");
		return "redirect:/training/coverage";
	}

	private String page(SignedInUser user, TrainingTarget target, Model model) {
		model.addAttribute("target", target);
		model.addAttribute("rows", this.training.coverageRows(user));
		model.addAttribute("levels", TrainingForms.names(TrainingLevel.values()));
		return "workforce/coverage";
	}

}
