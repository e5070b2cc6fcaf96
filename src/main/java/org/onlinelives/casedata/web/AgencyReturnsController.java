package org.onlinelives.casedata.web;

import org.onlinelives.casedata.returns.DataReturn;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnRuleException;
import org.onlinelives.casedata.returns.ReturnViews.Review;
import org.onlinelives.platform.security.SignedInUser;
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
 * An agency lead's data returns: the periods of the partnership's timetable, and for each
 * the figures to review and submit with a comment (PRODUCT.md §6, issue 12 item 5).
 */
@Controller
@PreAuthorize("hasRole('AGENCY_LEAD')")
class AgencyReturnsController {

	private final DataReturnService returns;

	AgencyReturnsController(DataReturnService returns) {
		this.returns = returns;
	}

	@GetMapping("/case-data/returns")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("returns", this.returns.agencyReturns(user));
		model.addAttribute("today", this.returns.today());
		return "casedata/returns";
	}

	@GetMapping("/case-data/returns/periods/{period}")
	String review(@AuthenticationPrincipal SignedInUser user, @PathVariable String period, Model model) {
		Review review = this.returns.review(user, period);
		model.addAttribute("form", new SubmitReturnForm("", null));
		return page(review, model);
	}

	@PostMapping("/case-data/returns/periods/{period}")
	String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
			@ModelAttribute("form") SubmitReturnForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DataReturn submitted;
		try {
			submitted = this.returns.submit(user, period, form.comment(), form.seenVersionValue());
		}
		catch (ReturnRuleException ex) {
			ReturnRefusals.reject(result, ex);
			// shown again with the versions there are now, so a correction is a choice
			return page(this.returns.review(user, period), model);
		}
		redirect.addFlashAttribute("success", "returns.submitted");
		return "redirect:/case-data/returns/" + submitted.getId();
	}

	private String page(Review review, Model model) {
		model.addAttribute("review", review);
		model.addAttribute("sections", ReturnSection.of(review.figures()));
		model.addAttribute("maxComment", DataReturn.MAX_COMMENT);
		return "casedata/return-review";
	}

}
