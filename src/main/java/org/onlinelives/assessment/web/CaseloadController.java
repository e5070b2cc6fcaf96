package org.onlinelives.assessment.web;

import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.FormValues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseload: a practitioner's own young people, or the whole agency's. Practitioners
 * and agency leads of the holding agency only.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER', 'AGENCY_LEAD')")
class CaseloadController {

	private final YoungPeopleService youngPeople;

	CaseloadController(YoungPeopleService youngPeople) {
		this.youngPeople = youngPeople;
	}

	@GetMapping("/young-people")
	String caseload(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "1") String page,
			@RequestParam(required = false) String show, Model model) {
		boolean mine = !"agency".equals(show) && user.hasRole(Role.PRACTITIONER);
		int pageNumber = FormValues.toLong(page).map(Long::intValue).orElse(1);
		model.addAttribute("caseload", this.youngPeople.caseload(user, mine, pageNumber));
		model.addAttribute("mine", mine);
		model.addAttribute("baseUrl", mine ? "/young-people?" : "/young-people?show=agency&");
		return "assessment/caseload";
	}

}
