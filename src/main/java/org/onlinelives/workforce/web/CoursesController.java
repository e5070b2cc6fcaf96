package org.onlinelives.workforce.web;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingLevel;
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
 * The partnership's course catalogue: everyone reads it, administrators keep it, and
 * administrators and analysts read each course's evaluations.
 */
@Controller
class CoursesController {

	/** The self-audit statements a course can support: 1.1 to 6.6. */
	static final List<String> STATEMENTS = java.util.stream.IntStream.rangeClosed(1, 6)
		.boxed()
		.flatMap((section) -> java.util.stream.IntStream.rangeClosed(1, 6).mapToObj((n) -> section + "." + n))
		.toList();

	private final Training training;

	CoursesController(Training training) {
		this.training = training;
	}

	@GetMapping("/training/courses")
	String catalogue(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("courses", this.training.catalogue(user));
		return "workforce/courses";
	}

	@GetMapping("/training/courses/new")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String newCourse(Model model) {
		model.addAttribute("form", CourseForm.blank());
		return form(null, model);
	}

	@PostMapping("/training/courses")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String add(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") CourseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.training.addCourse(admin, form.details());
			}
			catch (TrainingRuleException refusal) {
				TrainingForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return form(null, model);
		}
		redirect.addFlashAttribute("success", "training.course.added");
		return "redirect:/training/courses";
	}

	@GetMapping("/training/courses/{id}")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String edit(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		Course course = this.training.course(admin, id);
		model.addAttribute("form", CourseForm.of(course));
		return form(course, model);
	}

	@PostMapping("/training/courses/{id}")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String change(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@ModelAttribute("form") CourseForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Course course = this.training.course(admin, id);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.training.changeCourse(admin, id, form.details(), form.version());
			}
			catch (TrainingRuleException refusal) {
				TrainingForms.reject(result, refusal);
			}
		}
		if (result.hasErrors()) {
			return form(course, model);
		}
		redirect.addFlashAttribute("success", "training.course.changed");
		return "redirect:/training/courses";
	}

	@GetMapping("/training/courses/{id}/evaluations")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
	String evaluations(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		Course course = this.training.course(user, id);
		model.addAttribute("course", course);
		model.addAttribute("summary", this.training.evaluationsOf(user, course));
		return "workforce/evaluations";
	}

	private String form(Course course, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("levels", TrainingForms.names(TrainingLevel.values()));
		model.addAttribute("statements", STATEMENTS);
		return "workforce/course-form";
	}

}
