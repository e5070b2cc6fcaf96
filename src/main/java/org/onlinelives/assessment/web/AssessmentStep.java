package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.TenC;
import org.onlinelives.assessment.web.StepForms.ConcernsForm;
import org.onlinelives.assessment.web.StepForms.FactorsForm;
import org.onlinelives.assessment.web.StepForms.OfflineForm;
import org.onlinelives.assessment.web.StepForms.ScenariosForm;
import org.onlinelives.assessment.web.StepForms.StepForm;
import org.onlinelives.assessment.web.StepForms.TenCForm;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.FormValues;
import org.springframework.validation.Errors;

/**
 * One step of the assessment, described once: its address under the assessment, what the
 * access log calls a visit to it, its form, how its text is read (the assessment itself
 * refuses answers that break its rules), and how they are saved. {@link Steps} puts the
 * steps in order and {@link AssessmentStepsController} drives them all with one pair of
 * handlers.
 *
 * @param <F> the step's form
 * @param name the step's address under the assessment, such as {@code factors} or
 * {@code ten-cs/CONNECTIONS}
 * @param what the page, as the access log names it
 * @param formType the class the step's answers bind to
 * @param form the form showing the assessment's answers so far, given {@code returnTo}
 * @param check rejects text that cannot be read as an answer
 * @param save saves the answers
 * @param tenC the C a 10 Cs step asks about; null for the other steps
 */
record AssessmentStep<F extends StepForm>(String name, String what, Class<F> formType,
		BiFunction<Assessment, String, F> form, BiConsumer<F, Errors> check, Save<F> save, TenC tenC) {

	/** The pages of the 10 Cs steps share one template. */
	String view() {
		return (this.tenC != null) ? "assessment/step-ten-c" : "assessment/step-" + this.name;
	}

	/** The steps in the order they are asked, the 10 Cs in the catalogue's order. */
	static List<AssessmentStep<?>> all(Catalogue catalogue) {
		List<AssessmentStep<?>> steps = new ArrayList<>();
		steps.add(new AssessmentStep<>("factors", "vulnerability factors step", FactorsForm.class, FactorsForm::of,
				(form, errors) -> {
				}, (assessments, at, form) -> assessments.saveVulnerabilityFactors(at.user(), at.youngPersonId(),
						at.assessmentId(), StepForms.version(form.version()), StepForms.codes(form.factors())),
				null));
		steps.add(new AssessmentStep<>("scenarios", "high-risk scenarios step", ScenariosForm.class, ScenariosForm::of,
				AssessmentStep::checkScenarios,
				(assessments, at, form) -> assessments.saveScenarios(at.user(), at.youngPersonId(), at.assessmentId(),
						StepForms.version(form.version()), StepForms.codes(form.scenarios()),
						StepForms.codes(form.whyShared()), StepForms.codes(form.whatHappenedAfter()),
						form.pictureConcerns()),
				null));
		steps.add(new AssessmentStep<>("offline", "offline context step", OfflineForm.class, OfflineForm::of,
				(form, errors) -> {
				},
				(assessments, at, form) -> assessments.saveOfflineContext(at.user(), at.youngPersonId(),
						at.assessmentId(), StepForms.version(form.version()), StepForms.codes(form.adversities()),
						form.notes()),
				null));
		steps
			.add(new AssessmentStep<>("concerns", "concerns step", ConcernsForm.class, ConcernsForm::of,
					AssessmentStep::checkConcerns, (assessments, at, form) -> assessments.saveConcerns(at.user(),
							at.youngPersonId(), at.assessmentId(), StepForms.version(form.version()), form.flags()),
					null));
		for (TenC tenC : catalogue.tenCs()) {
			String code = tenC.code();
			steps.add(new AssessmentStep<>("ten-cs/" + code, "10 Cs step " + code, TenCForm.class,
					(assessment, returnTo) -> TenCForm.of(assessment, code, returnTo),
					(form, errors) -> checkTenC(catalogue, form, errors),
					(assessments, at, form) -> assessments.saveTenC(at.user(), at.youngPersonId(), at.assessmentId(),
							StepForms.version(form.version()), code, form.entry(rating(catalogue, form).orElse(null))),
					tenC));
		}
		return List.copyOf(steps);
	}

	private static void checkScenarios(ScenariosForm form, Errors errors) {
		if (form.pictureConcerns() == null) {
			errors.rejectValue("pictures", "assessment.concerns.unknown");
		}
	}

	private static void checkConcerns(ConcernsForm form, Errors errors) {
		if (form.flags() == null) {
			errors.rejectValue("concerns", "assessment.concerns.unknown");
		}
	}

	private static void checkTenC(Catalogue catalogue, TenCForm form, Errors errors) {
		if (form.rating() != null && !form.rating().isBlank() && rating(catalogue, form).isEmpty()) {
			errors.rejectValue("rating", "assessment.rating.offScale");
		}
	}

	/**
	 * The field of a step's form that an assessment's refusal is about: the refusal names
	 * the answer by its path in the assessment ({@code offlineNotes},
	 * {@code tenCs.CONTENT.strengths}), the page by its form field.
	 */
	static String formField(String path) {
		return switch (path) {
			case "offlineNotes" -> "notes";
			// the page puts the image-sharing error on the first of its questions
			case "imageSharing" -> "whyShared";
			default -> path.substring(path.lastIndexOf('.') + 1);
		};
	}

	/** The rating chosen, if it is a level on the catalogue's scale. */
	private static Optional<Integer> rating(Catalogue catalogue, TenCForm form) {
		return FormValues.toLong(form.rating())
			.map(Long::intValue)
			.filter((level) -> catalogue.ratingLevel(level).isPresent());
	}

	/** Which assessment a step is saved to, and by whom. */
	record Target(SignedInUser user, long youngPersonId, long assessmentId) {

	}

	/** How a step's answers are saved. */
	@FunctionalInterface
	interface Save<F> {

		Assessment save(AssessmentService assessments, Target at, F form);

	}

}
