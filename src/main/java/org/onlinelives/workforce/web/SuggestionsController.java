package org.onlinelives.workforce.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingRuleException;
import org.onlinelives.workforce.training.TrainingSuggestion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff suggest case elements or topics for training; the partnership's administrators
 * review them.
 */
@Controller
class SuggestionsController {

	private final Training training;

	SuggestionsController(Training training) {
		this.training = training;
	}

	@GetMapping("/training/suggestions/new")
	String newSuggestion(Model model) {
		model.addAttribute("form", new SuggestionForm(""));
		return "workforce/suggestion-form";
	}

	@PostMapping("/training/suggestions")
	String suggest(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") SuggestionForm form,
			BindingResult result, RedirectAttributes redirect) {
		try {
			this.training.suggest(user, form.topic());
		}
		catch (TrainingRuleException refusal) {
			TrainingForms.reject(result, refusal);
			return "workforce/suggestion-form";
		}
		redirect.addFlashAttribute("success", "training.suggestion.saved");
		return "redirect:/training";
	}

	@GetMapping("/training/suggestions")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String review(@AuthenticationPrincipal SignedInUser admin, Model model) {
		return list(admin, model);
	}

	private String list(SignedInUser admin, Model model) {
		model.addAttribute("suggestions", this.training.suggestions(admin));
		model.addAttribute("decisions", java.util.List.of(TrainingSuggestion.Status.ADOPTED.name(),
				TrainingSuggestion.Status.NOT_ADOPTED.name()));
		return "workforce/suggestions";
	}

	@PostMapping("/training/suggestions/{id}")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String decide(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@ModelAttribute("review") ReviewForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.training.review(admin, id, TrainingForms.option(TrainingSuggestion.Status.class, form.status()),
					form.reviewNote(), form.version());
		}
		catch (TrainingRuleException refusal) {
			// Several suggestions share the page, so the error names the one it is about
			// and keeps what was typed there.
			result.reject(refusal.messageKey());
			model.addAttribute("reviewError", refusal.messageKey());
			model.addAttribute("reviewErrorId", id);
			return list(admin, model);
		}
		redirect.addFlashAttribute("success", "training.suggestion.reviewed");
		return "redirect:/training/suggestions";
	}

}
