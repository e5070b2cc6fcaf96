package org.onlinelives.casedata.web;

import java.time.YearMonth;
import java.util.List;

import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnFrequency;
import org.onlinelives.casedata.returns.ReturnRuleException;
import org.onlinelives.casedata.returns.ReturnTimetable;
import org.onlinelives.platform.security.SignedInUser;
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
 * The partnership administrator sets the data return timetable: how often, from which
 * month, and how long after each period the return is due.
 */
@Controller
@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
class ReturnTimetableController {

	private final DataReturnService returns;

	ReturnTimetableController(DataReturnService returns) {
		this.returns = returns;
	}

	@ModelAttribute("frequencies")
	List<ReturnFrequency> frequencies() {
		return List.of(ReturnFrequency.values());
	}

	@GetMapping("/case-data/returns/timetable")
	String form(@AuthenticationPrincipal SignedInUser user, Model model) {
		ReturnTimetable timetable = this.returns.timetable(user).orElse(null);
		model.addAttribute("form", TimetableForm.of(timetable));
		return page(timetable, model);
	}

	@PostMapping("/case-data/returns/timetable")
	String save(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") TimetableForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ReturnFrequency frequency = form.frequencyValue(result);
		YearMonth first = form.firstMonthValue(result);
		Integer dueDays = form.dueDaysValue(result);
		// the timetable's own rules name every other problem at once
		ReturnTimetable.refusals(frequency, first, dueDays, this.returns.today())
			.forEach((problem) -> ReturnRefusals.reject(result, new ReturnRuleException(List.of(problem))));
		if (result.hasErrors()) {
			return page(this.returns.timetable(user).orElse(null), model);
		}
		this.returns.setTimetable(user, frequency, first, dueDays, form.versionValue());
		redirect.addFlashAttribute("success", "returns.timetable.saved");
		return "redirect:/case-data/partnership/returns";
	}

	private String page(ReturnTimetable timetable, Model model) {
		model.addAttribute("timetable", timetable);
		model.addAttribute("minDueDays", ReturnTimetable.MIN_DUE_DAYS);
		model.addAttribute("maxDueDays", ReturnTimetable.MAX_DUE_DAYS);
		return "casedata/return-timetable";
	}

}
