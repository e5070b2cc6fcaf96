package org.onlinelives.strategy.web;

import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every agency's single point of contact for online safety on one page, for everyone in
 * the partnership (Bromley SCB online safety strategy, priority 1: practitioners have a
 * single point of contact in their agency for advice).
 */
@Controller
class PointsOfContactController {

	private final AgencyDirectory agencies;

	PointsOfContactController(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/points-of-contact")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("agencies", this.agencies.agenciesOf(user.partnershipId()));
		return "strategy/points-of-contact";
	}

}
