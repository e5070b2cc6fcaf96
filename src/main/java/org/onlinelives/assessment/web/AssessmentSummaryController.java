package org.onlinelives.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentCompleteException;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.PromptAnswer;
import org.onlinelives.assessment.assessments.RecordedPrompt;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * An assessment version's summary, the check-answers page, completion, the answers to
 * procedure prompts, and the printable report.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class AssessmentSummaryController {

	private final AssessmentService assessments;

	private final YoungPeopleService youngPeople;

	private final Catalogue catalogue;

	private final PdfReport pdf;

	private final Clock clock;

	AssessmentSummaryController(AssessmentService assessments, YoungPeopleService youngPeople, Catalogue catalogue,
			PdfReport pdf, Clock clock) {
		this.assessments = assessments;
		this.youngPeople = youngPeople;
		this.catalogue = catalogue;
		this.pdf = pdf;
		this.clock = clock;
	}

	@ModelAttribute("catalogue")
	Catalogue catalogue() {
		return this.catalogue;
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "summary");
		summary(user, id, assessment, model);
		return "assessment/summary";
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/check")
	String check(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "check answers");
		if (assessment.isComplete()) {
			return "redirect:" + Steps.base(id, assessmentId);
		}
		summary(user, id, assessment, model);
		return "assessment/check";
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/complete")
	String complete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
		try {
			this.assessments.complete(user, id, assessmentId, StepForms.version(version));
		}
		catch (OptimisticLockingFailureException ex) {
			Assessment current = this.assessments.find(user, id, assessmentId);
			if (current.isComplete()) {
				redirect.addFlashAttribute("notice", "assessment.alreadyComplete");
				return "redirect:" + Steps.base(id, assessmentId);
			}
			model.addAttribute("stale", true);
			summary(user, id, current, model);
			return "assessment/check";
		}
		catch (AssessmentCompleteException ex) {
			redirect.addFlashAttribute("notice", "assessment.alreadyComplete");
			return "redirect:" + Steps.base(id, assessmentId);
		}
		redirect.addFlashAttribute("success", "assessment.completed");
		return "redirect:" + Steps.base(id, assessmentId);
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/prompts/{code}")
	String prompt(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@PathVariable String code, Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "prompt " + code);
		RecordedPrompt prompt = promptOrNotFound(assessment, code);
		if (prompt.isAnswered()) {
			return "redirect:" + Steps.base(id, assessmentId) + "#prompts";
		}
		model.addAttribute("form", PromptAnswerForm.empty(assessment.getVersion()));
		return promptPage(assessment, prompt, model);
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/prompts/{code}")
	String answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@PathVariable String code, @ModelAttribute("form") PromptAnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Assessment assessment = this.assessments.find(user, id, assessmentId);
		RecordedPrompt prompt = promptOrNotFound(assessment, code);
		if (prompt.isAnswered()) {
			redirect.addFlashAttribute("notice", "prompt.alreadyAnswered");
			return "redirect:" + Steps.base(id, assessmentId) + "#prompts";
		}
		Optional<PromptAnswerForm.Valid> valid = form.validate(result, LocalDate.now(this.clock));
		if (valid.isEmpty()) {
			return promptPage(assessment, prompt, model);
		}
		try {
			this.assessments.answerPrompt(user, id, assessmentId, StepForms.version(form.version()), code,
					valid.get().answer(), valid.get().doneOn(), valid.get().note());
		}
		catch (OptimisticLockingFailureException ex) {
			Assessment current = this.assessments.find(user, id, assessmentId);
			RecordedPrompt now = promptOrNotFound(current, code);
			if (now.isAnswered()) {
				redirect.addFlashAttribute("notice", "prompt.alreadyAnswered");
				return "redirect:" + Steps.base(id, assessmentId) + "#prompts";
			}
			result.reject("assessment.changedByAnother");
			KeepTyped.replaceForm(model, result, form.withVersion(current.getVersion()));
			return promptPage(current, now, model);
		}
		redirect.addFlashAttribute("success",
				(valid.get().answer() == PromptAnswer.DONE) ? "prompt.answeredDone" : "prompt.answeredNotApplicable");
		return "redirect:" + Steps.base(id, assessmentId) + "#prompts";
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/report.pdf")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long assessmentId, Locale locale) {
		Assessment assessment = this.assessments.find(user, id, assessmentId);
		YoungPerson person = this.youngPeople.find(user, id);
		Map<String, Object> model = new HashMap<>();
		model.put("person", person);
		model.put("age", person.ageToday(this.clock));
		model.put("assessment", assessment);
		model.put("catalogue", this.catalogue);
		model.put("outcome", outcome(assessment));
		model.put("chart", TenCsChart.of(this.catalogue, assessment, previousCompleted(user, id, assessment)));
		model.put("printedAt", this.clock.instant());
		byte[] body = this.pdf.render(model, locale);
		this.assessments.recordExport(user, id, assessmentId, "printable report (PDF)");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("assessment-" + person.getCaseReference().replaceAll("[^A-Za-z0-9-]", "_") + "-v"
								+ assessment.getSequenceNumber() + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	private RecordedPrompt promptOrNotFound(Assessment assessment, String code) {
		return assessment.prompts()
			.stream()
			.filter((prompt) -> prompt.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("prompt", code));
	}

	private String promptPage(Assessment assessment, RecordedPrompt prompt, Model model) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("prompt", prompt);
		model.addAttribute("catalogPrompt", this.catalogue.procedurePrompt(prompt.code()).orElseThrow());
		model.addAttribute("answers", List.of(PromptAnswer.values()));
		model.addAttribute("base", Steps.base(assessment.getYoungPersonId(), assessment.getId()));
		return "assessment/prompt";
	}

	private void summary(SignedInUser user, long id, Assessment assessment, Model model) {
		YoungPerson person = this.youngPeople.find(user, id);
		model.addAttribute("person", person);
		model.addAttribute("age", person.ageToday(this.clock));
		model.addAttribute("assessment", assessment);
		model.addAttribute("outcome", outcome(assessment));
		model.addAttribute("chart", TenCsChart.of(this.catalogue, assessment, previousCompleted(user, id, assessment)));
		model.addAttribute("history", this.assessments.history(user, id));
		model.addAttribute("base", Steps.base(id, assessment.getId()));
		model.addAttribute("concernAnswers", StepForms.ConcernsForm.of(assessment, null));
	}

	private OutcomeView outcome(Assessment assessment) {
		return assessment.isComplete() ? OutcomeView.recorded(assessment)
				: OutcomeView.preview(this.assessments.preview(assessment));
	}

	private Assessment previousCompleted(SignedInUser user, long id, Assessment assessment) {
		return this.assessments.history(user, id)
			.stream()
			.filter((other) -> other.isComplete() && other.getSequenceNumber() < assessment.getSequenceNumber())
			.findFirst()
			.orElse(null);
	}

}
