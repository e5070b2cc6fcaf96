package org.onlinelives.assessment.web;

import java.util.List;
import java.util.Optional;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.platform.web.KeepTyped;
import org.onlinelives.assessment.youngpeople.CaseOutcome;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The outcome of a young person's case and the agency's view of whether it had an online
 * component (PRODUCT.md §5).
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class CaseOutcomeController {

	private final YoungPeopleService youngPeople;

	CaseOutcomeController(YoungPeopleService youngPeople) {
		this.youngPeople = youngPeople;
	}

	@ModelAttribute("outcomes")
	List<CaseOutcome> outcomes() {
		return List.of(CaseOutcome.values());
	}

	@GetMapping("/young-people/{id}/outcome")
	String form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		YoungPerson person = this.youngPeople.view(user, id, "outcome page");
		model.addAttribute("form", OutcomeForm.of(person));
		model.addAttribute("person", person);
		return "assessment/outcome";
	}

	@PostMapping("/young-people/{id}/outcome")
	String record(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("form") OutcomeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		YoungPerson person = this.youngPeople.find(user, id);
		model.addAttribute("person", person);
		Optional<OutcomeForm.Values> values = form.validate(result);
		if (result.hasErrors()) {
			return "assessment/outcome";
		}
		try {
			this.youngPeople.recordOutcome(user, id, values.get().outcome(), values.get().date(),
					values.get().onlineComponent(), form.expectedVersion().orElse(null));
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("youngPerson.changedByAnother");
			KeepTyped.replaceForm(model, result, form.withVersion(this.youngPeople.find(user, id).getVersion()));
			return "assessment/outcome";
		}
		catch (InvalidAnswerException ex) {
			AnswerRefusals.reject(result, ex, (path) -> "outcomeDate".equals(path) ? "outcomeDay" : path)
				.forEach((refusal) -> result.reject("youngPerson.invalid", new Object[] { refusal.explanation() },
						refusal.explanation()));
			return "assessment/outcome";
		}
		redirect.addFlashAttribute("success", "outcome.recorded");
		return "redirect:/young-people/" + id;
	}

}
