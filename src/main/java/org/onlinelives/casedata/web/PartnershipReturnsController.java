package org.onlinelives.casedata.web;

import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Who has submitted a data return for each period of the timetable, for administrators
 * and analysts.
 */
@Controller
@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
class PartnershipReturnsController {

	private final DataReturnService returns;

	PartnershipReturnsController(DataReturnService returns) {
		this.returns = returns;
	}

	@GetMapping("/case-data/partnership/returns")
	String overview(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("overview", this.returns.overview(user));
		model.addAttribute("maySetTimetable", DataReturnService.maySetTimetable(user));
		return "casedata/returns-partnership";
	}

}
