package org.onlinelives.retention.web;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.retention.RetentionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention page: what falls due for deletion in the next 30 days, the legal holds in
 * place, and (for administrators) the retention schedule.
 */
@Controller
class RetentionController {

	private final RetentionService retention;

	RetentionController(RetentionService retention) {
		this.retention = retention;
	}

	@GetMapping("/retention")
	@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'AGENCY_LEAD')")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", ScheduleForm.of(this.retention.schedule(user)));
		return page(user, model);
	}

	@PostMapping("/retention/schedule")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String change(@AuthenticationPrincipal SignedInUser admin, @ModelAttribute("form") ScheduleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.validate(result);
		if (result.hasErrors()) {
			return page(admin, model);
		}
		this.retention.changeSchedule(admin, form.periods());
		redirect.addFlashAttribute("success", "retention.saved");
		return "redirect:/retention";
	}

	private String page(SignedInUser user, Model model) {
		model.addAttribute("upcoming", this.retention.upcoming(user));
		model.addAttribute("holds", this.retention.activeHolds(user));
		model.addAttribute("accessLogDue", this.retention.accessLogEntriesDueSoon(user));
		model.addAttribute("schedule", this.retention.schedule(user));
		model.addAttribute("admin", RetentionService.mayManageSchedule(user));
		model.addAttribute("viewerAgency", user.agencyId());
		model.addAttribute("days", RetentionService.UPCOMING_DAYS);
		return "retention/overview";
	}

}
