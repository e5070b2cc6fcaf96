package org.onlinelives.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.platform.web.KeepTyped;
import org.onlinelives.assessment.InvalidAnswerException.Refusal;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.PromptAnswer;
import org.onlinelives.assessment.assessments.RecordedPrompt;
import org.onlinelives.assessment.catalogue.Catalogue;
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
 * The answers to an assessment version's procedure prompts: done (and when) or not
 * applicable, one prompt a page.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class AssessmentPromptsController {

	private final AssessmentService assessments;

	private final Catalogue catalogue;

	private final AssessmentPages pages;

	private final Clock clock;

	AssessmentPromptsController(AssessmentService assessments, Catalogue catalogue, AssessmentPages pages,
			Clock clock) {
		this.assessments = assessments;
		this.catalogue = catalogue;
		this.pages = pages;
		this.clock = clock;
	}

	@ModelAttribute("catalogue")
	Catalogue catalogue() {
		return this.catalogue;
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/prompts/{code}")
	String prompt(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@PathVariable String code, Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "prompt " + code);
		RecordedPrompt prompt = AssessmentPages.promptOrNotFound(assessment, code);
		if (prompt.isAnswered()) {
			return "redirect:" + Steps.base(id, assessmentId) + "#prompts";
		}
		model.addAttribute("form", PromptAnswerForm.empty(assessment.getVersion()));
		return this.pages.prompt(user, assessment, prompt, model);
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/prompts/{code}")
	String answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@PathVariable String code, @ModelAttribute("form") PromptAnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Assessment assessment = this.assessments.find(user, id, assessmentId);
		RecordedPrompt prompt = AssessmentPages.promptOrNotFound(assessment, code);
		if (prompt.isAnswered()) {
			redirect.addFlashAttribute("notice", "prompt.alreadyAnswered");
			return "redirect:" + Steps.base(id, assessmentId) + "#prompts";
		}
		PromptAnswerForm.Read answer = form.read(result);
		List<Refusal> refusals = Assessment.promptAnswerRefusals(answer.answer(), answer.doneOn(), answer.note(),
				LocalDate.now(this.clock));
		if (!refusals.isEmpty()) {
			AnswerRefusals.reject(result, new InvalidAnswerException(refusals), PromptAnswerForm::formField);
		}
		if (result.hasErrors()) {
			return this.pages.prompt(user, assessment, prompt, model);
		}
		try {
			this.assessments.answerPrompt(user, id, assessmentId, StepForms.version(form.version()), code,
					answer.answer(), answer.doneOn(), answer.note());
		}
		catch (InvalidAnswerException ex) {
			AnswerRefusals.reject(result, ex, PromptAnswerForm::formField);
			return this.pages.prompt(user, this.assessments.find(user, id, assessmentId), prompt, model);
		}
		catch (OptimisticLockingFailureException ex) {
			Assessment current = this.assessments.find(user, id, assessmentId);
			RecordedPrompt now = AssessmentPages.promptOrNotFound(current, code);
			if (now.isAnswered()) {
				redirect.addFlashAttribute("notice", "prompt.alreadyAnswered");
				return "redirect:" + Steps.base(id, assessmentId) + "#prompts";
			}
			result.reject("assessment.changedByAnother");
			KeepTyped.replaceForm(model, result, form.withVersion(current.getVersion()));
			return this.pages.prompt(user, current, now, model);
		}
		redirect.addFlashAttribute("success",
				(answer.answer() == PromptAnswer.DONE) ? "prompt.answeredDone" : "prompt.answeredNotApplicable");
		return "redirect:" + Steps.base(id, assessmentId) + "#prompts";
	}

}
