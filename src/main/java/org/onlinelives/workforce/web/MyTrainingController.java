package org.onlinelives.workforce.web;

import java.util.List;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.SelectOption;
import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.TrainingRecord;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingRuleException;
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
 * A person's own training: refreshers due, what they have completed, recording a course
 * and evaluating it; and, for an agency lead, their staff's training.
 */
@Controller
class MyTrainingController {

	private final Training training;

	MyTrainingController(Training training) {
		this.training = training;
	}

	@GetMapping("/training")
	String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("refreshers", this.training.refreshersOf(user));
		model.addAttribute("records", this.training.recordsOf(user));
		model.addAttribute("suggestions", this.training.suggestionsBy(user));
		model.addAttribute("lead", user.hasRole(Role.AGENCY_LEAD) && user.agencyId() != null);
		model.addAttribute("today", this.training.today());
		return "workforce/my-training";
	}

	@GetMapping("/training/staff")
	@PreAuthorize("hasRole('AGENCY_LEAD')")
	String staff(@AuthenticationPrincipal SignedInUser lead, Model model) {
		model.addAttribute("staff", this.training.staffOf(lead));
		return "workforce/staff";
	}

	@GetMapping("/training/records/new")
	String newRecord(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", RecordForm.blank(user.id()));
		return recordForm(user, model);
	}

	@PostMapping("/training/records")
	String record(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") RecordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.checkTypes(result);
		if (!result.hasErrors()) {
			try {
				this.training.record(user, TrainingForms.id(form.personId()), TrainingForms.id(form.courseId()),
						TrainingForms.date(form.completedOn()), form.evidenceLink());
			}
			catch (TrainingRuleException refusal) {
				TrainingForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return recordForm(user, model);
		}
		redirect.addFlashAttribute("success", "training.record.saved");
		Long person = TrainingForms.id(form.personId());
		return (person != null && person != user.id()) ? "redirect:/training/staff" : "redirect:/training";
	}

	private String recordForm(SignedInUser user, Model model) {
		model.addAttribute("people",
				this.training.recordableFor(user)
					.stream()
					.map((person) -> new SelectOption(String.valueOf(person.id()), person.displayName()))
					.toList());
		model.addAttribute("courses",
				this.training.catalogue(user)
					.stream()
					.filter((course) -> !course.isRetired())
					.map((course) -> new SelectOption(course.getId().toString(), course.getTitle()))
					.toList());
		return "workforce/record-form";
	}

	@GetMapping("/training/records/{id}/evaluation")
	String evaluation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		TrainingRecord record = this.training.ownRecord(user, id);
		model.addAttribute("form", EvaluationForm.blank());
		return evaluationForm(user, record, model);
	}

	@PostMapping("/training/records/{id}/evaluation")
	String evaluate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("form") EvaluationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TrainingRecord record = this.training.ownRecord(user, id);
		form.checkTypes(result);
		if (!result.hasErrors()) {
			try {
				this.training.evaluate(user, id, TrainingForms.number(form.confidenceBefore()),
						TrainingForms.number(form.confidenceAfter()), form.useful(), form.missing());
			}
			catch (TrainingRuleException refusal) {
				TrainingForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return evaluationForm(user, record, model);
		}
		redirect.addFlashAttribute("success", "training.evaluation.saved");
		return "redirect:/training";
	}

	private String evaluationForm(SignedInUser user, TrainingRecord record, Model model) {
		Course course = this.training.course(user, record.getCourseId());
		model.addAttribute("record", record);
		model.addAttribute("course", course);
		model.addAttribute("evaluated", this.training.evaluated(record));
		model.addAttribute("scale", List.of("1", "2", "3", "4", "5"));
		return "workforce/evaluation-form";
	}

}
