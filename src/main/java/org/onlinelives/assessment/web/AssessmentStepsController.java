package org.onlinelives.assessment.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.platform.web.KeepTyped;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentCompleteException;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.rules.BullyingRole;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ThresholdLevel;
import org.onlinelives.assessment.web.AssessmentStep.Target;
import org.onlinelives.assessment.web.StepForms.StepForm;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.core.ResolvableType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment's steps, one page each, saved as the practitioner goes. Works without
 * JavaScript: every step is a plain form that posts and redirects to the next. Each step
 * is described once, as an {@link AssessmentStep}; one pair of handlers drives them all.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class AssessmentStepsController {

	private static final String STEP = "/young-people/{id}/assessments/{assessmentId}/";

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

	@GetMapping({ STEP + "factors", STEP + "scenarios", STEP + "offline", STEP + "concerns", STEP + "ten-cs/{code}" })
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			@RequestParam(required = false) String returnTo, HttpServletRequest request, Model model) {
		AssessmentStep<?> step = step(request);
		Assessment assessment = this.assessments.view(user, id, assessmentId, step.what());
		if (assessment.isComplete()) {
			return "redirect:" + Steps.base(id, assessmentId);
		}
		model.addAttribute("form", step.form().apply(assessment, returnTo));
		return page(assessment, step, model);
	}

	@PostMapping({ STEP + "factors", STEP + "scenarios", STEP + "offline", STEP + "concerns", STEP + "ten-cs/{code}" })
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long assessmentId,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		AssessmentStep<?> step = step(request);
		return save(step, new Target(user, id, assessmentId), bind(step, request, model), model, redirect);
	}

	/** The step whose address was asked for: a 10 Cs step not in the catalogue is 404. */
	private AssessmentStep<?> step(HttpServletRequest request) {
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String code = variables.get("code");
		String name = pattern.substring(STEP.length()).replace("{code}", (code != null) ? code : "");
		return this.steps.step(name).orElseThrow(() -> new RecordNotFoundException("10 C", code));
	}

	/**
	 * Binds the request to the step's form, as {@code @ModelAttribute("form")} would, and
	 * puts both on the page's model.
	 */
	private static BindingResult bind(AssessmentStep<?> step, HttpServletRequest request, Model model) {
		ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(step.formType()));
		binder.construct(request);
		BindingResult result = binder.getBindingResult();
		model.addAllAttributes(result.getModel());
		return result;
	}

	private <F extends StepForm> String save(AssessmentStep<F> step, Target at, BindingResult result, Model model,
			RedirectAttributes redirect) {
		F form = step.formType().cast(result.getTarget());
		step.check().accept(form, result);
		if (result.hasErrors()) {
			return page(find(at), step, model);
		}
		try {
			step.save().save(this.assessments, at, form);
		}
		catch (OptimisticLockingFailureException ex) {
			Assessment current = find(at);
			if (current.isComplete()) {
				return alreadyComplete(at, redirect);
			}
			result.reject("assessment.changedByAnother");
			KeepTyped.replaceForm(model, result, form.withVersion(current.getVersion()));
			return page(current, step, model);
		}
		catch (AssessmentCompleteException ex) {
			return alreadyComplete(at, redirect);
		}
		catch (InvalidAnswerException ex) {
			// a code no page offers (a tampered form) has no message of its own
			AnswerRefusals.reject(result, ex, AssessmentStep::formField)
				.forEach((refusal) -> result.reject("assessment.invalid", new Object[] { refusal.explanation() },
						refusal.explanation()));
			return page(find(at), step, model);
		}
		return "redirect:" + Steps.base(at.youngPersonId(), at.assessmentId()) + "/"
				+ this.steps.after(step.name(), form.returnTo());
	}

	private Assessment find(Target at) {
		return this.assessments.find(at.user(), at.youngPersonId(), at.assessmentId());
	}

	private static String alreadyComplete(Target at, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "assessment.alreadyComplete");
		return "redirect:" + Steps.base(at.youngPersonId(), at.assessmentId());
	}

	private String page(Assessment assessment, AssessmentStep<?> step, Model model) {
		String base = Steps.base(assessment.getYoungPersonId(), assessment.getId());
		if (step.tenC() != null) {
			model.addAttribute("tenC", step.tenC());
		}
		model.addAttribute("assessment", assessment);
		model.addAttribute("step", step.name());
		model.addAttribute("base", base);
		String previous = this.steps.previous(step.name());
		model.addAttribute("backUrl", base + ((previous != null) ? "/" + previous : ""));
		// Options as names, as the forms hold them, so a saved answer shows as checked
		model.addAttribute("bullyingRoles", names(List.of(BullyingRole.values())));
		model.addAttribute("concernOptions",
				names(Arrays.stream(Concern.values())
					.filter((concern) -> !Concern.EXPLOITATION.contains(concern) && !Concern.PICTURES.contains(concern))
					.toList()));
		model.addAttribute("exploitationOptions", names(Concern.EXPLOITATION));
		model.addAttribute("pictureOptions", names(Concern.PICTURES));
		model.addAttribute("groomingOptions", names(List.of(GroomingIndicator.values())));
		List<String> thresholds = new java.util.ArrayList<>(List.of(StepForms.NOT_DECIDED));
		Arrays.stream(ThresholdLevel.values()).map(Enum::name).forEach(thresholds::add);
		model.addAttribute("thresholdOptions", thresholds);
		model.addAttribute("stepNumber", this.steps.all().indexOf(step.name()) + 1);
		model.addAttribute("stepCount", this.steps.all().size() - 1);
		return step.view();
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

}
