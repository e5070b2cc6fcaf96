package org.onlinelives.assessment.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentCompleteException;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.TenC;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.web.StepForms.ConcernsForm;
import org.onlinelives.assessment.web.StepForms.FactorsForm;
import org.onlinelives.assessment.web.StepForms.OfflineForm;
import org.onlinelives.assessment.web.StepForms.ScenariosForm;
import org.onlinelives.assessment.web.StepForms.TenCForm;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.FormValues;
import org.onlinelives.platform.web.RecordNotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment's steps, one page each, saved as the practitioner goes. Works without
 * JavaScript: every step is a plain form that posts and redirects to the next.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class AssessmentStepsController {

	private final AssessmentService assessments;

	private final Catalogue catalogue;

	private final Steps steps;

	AssessmentStepsController(AssessmentService assessments, Catalogue catalogue) {
		this.assessments = assessments;
		this.catalogue = catalogue;
		this.steps = new Steps(catalogue);
	}

	@ModelAttribute("catalogue")
	Catalogue catalogue() {
		return this.catalogue;
	}

	@PostMapping("/young-people/{id}/assessments")
	String start(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		Assessment assessment = this.assessments.start(user, id);
		return "redirect:" + Steps.base(id, assessment.getId()) + "/factors";
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/factors")
	String factors(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@RequestParam(required = false) String returnTo, Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "vulnerability factors step");
		if (assessment.isComplete()) {
			return "redirect:" + Steps.base(id, assessmentId);
		}
		model.addAttribute("form", FactorsForm.of(assessment, returnTo));
		return page(assessment, "factors", model);
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/factors")
	String saveFactors(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long assessmentId, @ModelAttribute("form") FactorsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return save(user, id, assessmentId, "factors", form.returnTo(), result, model, redirect,
				() -> this.assessments.saveVulnerabilityFactors(user, id, assessmentId,
						StepForms.version(form.version()), StepForms.codes(form.factors())),
				(current) -> KeepTyped.replaceForm(model, result, form.withVersion(current)));
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/scenarios")
	String scenarios(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@RequestParam(required = false) String returnTo, Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "high-risk scenarios step");
		if (assessment.isComplete()) {
			return "redirect:" + Steps.base(id, assessmentId);
		}
		model.addAttribute("form", ScenariosForm.of(assessment, returnTo));
		return page(assessment, "scenarios", model);
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/scenarios")
	String saveScenarios(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long assessmentId, @ModelAttribute("form") ScenariosForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		boolean shared = StepForms.codes(form.scenarios()).contains(AssessmentService.SHARED_INTIMATE_IMAGE);
		if (!shared && (!StepForms.codes(form.whyShared()).isEmpty()
				|| !StepForms.codes(form.whatHappenedAfter()).isEmpty())) {
			result.rejectValue("whyShared", "assessment.imageSharing.withoutScenario");
			return page(this.assessments.find(user, id, assessmentId), "scenarios", model);
		}
		return save(user, id, assessmentId, "scenarios", form.returnTo(), result, model, redirect,
				() -> this.assessments.saveScenarios(user, id, assessmentId, StepForms.version(form.version()),
						StepForms.codes(form.scenarios()), StepForms.codes(form.whyShared()),
						StepForms.codes(form.whatHappenedAfter())),
				(current) -> KeepTyped.replaceForm(model, result, form.withVersion(current)));
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/offline")
	String offline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@RequestParam(required = false) String returnTo, Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "offline context step");
		if (assessment.isComplete()) {
			return "redirect:" + Steps.base(id, assessmentId);
		}
		model.addAttribute("form", OfflineForm.of(assessment, returnTo));
		return page(assessment, "offline", model);
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/offline")
	String saveOffline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long assessmentId, @ModelAttribute("form") OfflineForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.notes() != null && form.notes().length() > Assessment.MAX_OFFLINE_NOTES) {
			result.rejectValue("notes", "assessment.offlineNotes.tooLong");
			return page(this.assessments.find(user, id, assessmentId), "offline", model);
		}
		return save(user, id, assessmentId, "offline", form.returnTo(), result, model, redirect,
				() -> this.assessments.saveOfflineContext(user, id, assessmentId, StepForms.version(form.version()),
						StepForms.codes(form.adversities()), form.notes()),
				(current) -> KeepTyped.replaceForm(model, result, form.withVersion(current)));
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/concerns")
	String concerns(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@RequestParam(required = false) String returnTo, Model model) {
		Assessment assessment = this.assessments.view(user, id, assessmentId, "concerns step");
		if (assessment.isComplete()) {
			return "redirect:" + Steps.base(id, assessmentId);
		}
		model.addAttribute("form", ConcernsForm.of(assessment, returnTo));
		return page(assessment, "concerns", model);
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/concerns")
	String saveConcerns(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable long assessmentId, @ModelAttribute("form") ConcernsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ConcernFlags flags = form.flags();
		if (flags == null) {
			result.rejectValue("concerns", "assessment.concerns.unknown");
			return page(this.assessments.find(user, id, assessmentId), "concerns", model);
		}
		return save(user, id, assessmentId, "concerns", form.returnTo(), result, model, redirect,
				() -> this.assessments.saveConcerns(user, id, assessmentId, StepForms.version(form.version()), flags),
				(current) -> KeepTyped.replaceForm(model, result, form.withVersion(current)));
	}

	@GetMapping("/young-people/{id}/assessments/{assessmentId}/ten-cs/{code}")
	String tenC(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@PathVariable String code, @RequestParam(required = false) String returnTo, Model model) {
		TenC tenC = tenCOrNotFound(code);
		Assessment assessment = this.assessments.view(user, id, assessmentId, "10 Cs step " + code);
		if (assessment.isComplete()) {
			return "redirect:" + Steps.base(id, assessmentId);
		}
		model.addAttribute("form", TenCForm.of(assessment, code, returnTo));
		return tenCPage(assessment, tenC, model);
	}

	@PostMapping("/young-people/{id}/assessments/{assessmentId}/ten-cs/{code}")
	String saveTenC(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@PathVariable String code, @ModelAttribute("form") TenCForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TenC tenC = tenCOrNotFound(code);
		Integer rating = null;
		if (form.rating() != null && !form.rating().isBlank()) {
			Optional<Long> parsed = FormValues.toLong(form.rating());
			if (parsed.isEmpty() || this.catalogue.ratingLevel(parsed.get().intValue()).isEmpty()) {
				result.rejectValue("rating", "assessment.rating.offScale");
			}
			else {
				rating = parsed.get().intValue();
			}
		}
		for (String field : List.of("strengths", "vulnerabilities", "youngPersonView", "parentView")) {
			Object value = result.getFieldValue(field);
			if (value instanceof String text
					&& text.length() > org.onlinelives.assessment.assessments.TenCEntry.MAX_TEXT) {
				result.rejectValue(field, "assessment.text.tooLong");
			}
		}
		if (result.hasErrors()) {
			return tenCPage(this.assessments.find(user, id, assessmentId), tenC, model);
		}
		Integer ratingValue = rating;
		String step = "ten-cs/" + code;
		return save(user, id, assessmentId, step, form.returnTo(), result, model, redirect,
				() -> this.assessments.saveTenC(user, id, assessmentId, StepForms.version(form.version()), code,
						form.entry(ratingValue)),
				(current) -> KeepTyped.replaceForm(model, result, form.withVersion(current)));
	}

	private TenC tenCOrNotFound(String code) {
		return this.catalogue.tenC(code).orElseThrow(() -> new RecordNotFoundException("10 C", code));
	}

	private String tenCPage(Assessment assessment, TenC tenC, Model model) {
		model.addAttribute("tenC", tenC);
		return page(assessment, "ten-cs/" + tenC.code(), model);
	}

	private String page(Assessment assessment, String step, Model model) {
		model.addAttribute("assessment", assessment);
		model.addAttribute("step", step);
		model.addAttribute("base", Steps.base(assessment.getYoungPersonId(), assessment.getId()));
		String previous = this.steps.previous(step);
		model.addAttribute("backUrl", Steps.base(assessment.getYoungPersonId(), assessment.getId())
				+ ((previous != null) ? "/" + previous : ""));
		model.addAttribute("bullyingRoles", List.of(BullyingRole.values()));
		model.addAttribute("concernOptions", List.of(StepForms.Concern.values()));
		model.addAttribute("groomingOptions", List.of(StepForms.Grooming.values()));
		model.addAttribute("stepNumber", this.steps.all().indexOf(step) + 1);
		model.addAttribute("stepCount", this.steps.all().size() - 1);
		return step.startsWith("ten-cs/") ? "assessment/step-ten-c" : "assessment/step-" + step;
	}

	private String save(SignedInUser user, long id, long assessmentId, String step, String returnTo,
			BindingResult result, Model model, RedirectAttributes redirect, Supplier<Assessment> action,
			java.util.function.Consumer<Long> keepTypedWithCurrentVersion) {
		try {
			action.get();
		}
		catch (OptimisticLockingFailureException ex) {
			Assessment current = this.assessments.find(user, id, assessmentId);
			if (current.isComplete()) {
				redirect.addFlashAttribute("notice", "assessment.alreadyComplete");
				return "redirect:" + Steps.base(id, assessmentId);
			}
			result.reject("assessment.changedByAnother");
			keepTypedWithCurrentVersion.accept(current.getVersion());
			return repage(current, step, model);
		}
		catch (AssessmentCompleteException ex) {
			redirect.addFlashAttribute("notice", "assessment.alreadyComplete");
			return "redirect:" + Steps.base(id, assessmentId);
		}
		catch (InvalidAnswerException ex) {
			result.reject("assessment.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
			return repage(this.assessments.find(user, id, assessmentId), step, model);
		}
		return "redirect:" + Steps.base(id, assessmentId) + "/" + this.steps.after(step, returnTo);
	}

	private String repage(Assessment assessment, String step, Model model) {
		if (step.startsWith("ten-cs/")) {
			return tenCPage(assessment, tenCOrNotFound(step.substring("ten-cs/".length())), model);
		}
		return page(assessment, step, model);
	}

}
