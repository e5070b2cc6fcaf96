package org.onlinelives.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.platform.web.KeepTyped;
import org.onlinelives.assessment.InvalidAnswerException.Refusal;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.platformlist.PlatformList;
import org.onlinelives.assessment.subjectaccess.SubjectAccessService;
import org.onlinelives.retention.RecordType;
import org.onlinelives.retention.RetentionService;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
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
 * Young people's records: add, view and change. Practitioners and agency leads of the
 * holding agency only.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class YoungPeopleController {

	private final YoungPeopleService youngPeople;

	private final AssessmentService assessments;

	private final Catalogue catalogue;

	private final Clock clock;

	private final RetentionService retention;

	private final PlatformList platformList;

	YoungPeopleController(YoungPeopleService youngPeople, AssessmentService assessments, Catalogue catalogue,
			Clock clock, RetentionService retention, PlatformList platformList) {
		this.platformList = platformList;
		this.youngPeople = youngPeople;
		this.assessments = assessments;
		this.catalogue = catalogue;
		this.clock = clock;
		this.retention = retention;
	}

	@ModelAttribute("genders")
	List<Gender> genders() {
		return List.of(Gender.values());
	}

	@ModelAttribute("referralSources")
	List<ReferralSource> referralSources() {
		return List.of(ReferralSource.values());
	}

	@GetMapping("/young-people/new")
	String newYoungPerson(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", YoungPersonForm.empty(user.id()));
		return form(user, null, model);
	}

	@PostMapping("/young-people")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") YoungPersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		YoungPersonDetails details = read(form, result);
		if (!result.hasErrors() && this.youngPeople.caseReferenceTaken(user, form.caseReference(), null)) {
			result.rejectValue("caseReference", "youngPerson.caseReference.taken");
		}
		if (result.hasErrors()) {
			return form(user, null, model);
		}
		try {
			YoungPerson person = this.youngPeople.create(user, details);
			redirect.addFlashAttribute("success", "youngPerson.created");
			return "redirect:/young-people/" + person.getId();
		}
		catch (InvalidAnswerException ex) {
			reject(result, ex);
			return form(user, null, model);
		}
	}

	@GetMapping("/young-people/{id}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		YoungPerson person = this.youngPeople.view(user, id, "record page");
		model.addAttribute("person", person);
		model.addAttribute("age", person.ageToday(this.clock));
		model.addAttribute("practitioners", this.youngPeople.assignedPractitionerNames(user, person));
		model.addAttribute("history", this.assessments.versions(user, person));
		model.addAttribute("catalogue", this.catalogue);
		model.addAttribute("subjectAccess", SubjectAccessService.mayAnswer(user));
		model.addAttribute("mayHold", RetentionService.mayHoldYoungPeople(user));
		model.addAttribute("legalHold", this.retention.activeHold(user, RecordType.YOUNG_PERSON, id).orElse(null));
		return "assessment/young-person";
	}

	@GetMapping("/young-people/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		YoungPerson person = this.youngPeople.view(user, id, "change details page");
		model.addAttribute("form", YoungPersonForm.of(person, this.platformList.names(user.partnershipId())));
		return form(user, person, model);
	}

	@PostMapping("/young-people/{id}")
	String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("form") YoungPersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		YoungPerson person = this.youngPeople.find(user, id);
		YoungPersonDetails details = read(form, result);
		if (!result.hasErrors() && this.youngPeople.caseReferenceTaken(user, form.caseReference(), id)) {
			result.rejectValue("caseReference", "youngPerson.caseReference.taken");
		}
		if (result.hasErrors()) {
			return form(user, person, model);
		}
		try {
			this.youngPeople.change(user, id, details, form.expectedVersion().orElse(null));
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("youngPerson.changedByAnother");
			KeepTyped.replaceForm(model, result, form.withVersion(this.youngPeople.find(user, id).getVersion()));
			return form(user, person, model);
		}
		catch (InvalidAnswerException ex) {
			reject(result, ex);
			return form(user, person, model);
		}
		redirect.addFlashAttribute("success", "youngPerson.changed");
		return "redirect:/young-people/" + id;
	}

	private String form(SignedInUser user, YoungPerson person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("practitionerOptions",
				this.youngPeople.practitionersOf(user)
					.stream()
					.map((candidate) -> new SelectOption(String.valueOf(candidate.id()), candidate.displayName()))
					.toList());
		model.addAttribute("platformOptions",
				this.platformList.names(user.partnershipId())
					.stream()
					.map((name) -> new SelectOption(name, name))
					.toList());
		return "assessment/young-person-form";
	}

	/**
	 * Reads the form and asks the young person's record which rules the details break, so
	 * the page shows every fault at once; the record applies the same rules when saved.
	 */
	private YoungPersonDetails read(YoungPersonForm form, BindingResult result) {
		YoungPersonDetails details = form.details(result);
		List<Refusal> refusals = YoungPerson.refusals(details, LocalDate.now(this.clock));
		if (!refusals.isEmpty()) {
			reject(result, new InvalidAnswerException(refusals));
		}
		return details;
	}

	private static void reject(BindingResult result, InvalidAnswerException ex) {
		for (Refusal refusal : AnswerRefusals.reject(result, ex, (path) -> YoungPersonForm.formField(path, result))) {
			String field = YoungPersonForm.formField(refusal.field(), result);
			result.rejectValue(isFormField(field) ? field : "caseReference", "youngPerson.invalid",
					new Object[] { refusal.explanation() }, refusal.explanation());
		}
	}

	private static boolean isFormField(String field) {
		return field != null && java.util.Arrays.stream(YoungPersonForm.class.getRecordComponents())
			.anyMatch((component) -> component.getName().equals(field));
	}

}
