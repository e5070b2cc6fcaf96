package org.onlinelives.platform.people.web;

import org.onlinelives.platform.people.DormantAccounts;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Administrators see the accounts nobody has used for a long time, when each was warned
 * and when it will be deactivated.
 */
@Controller
class DormantAccountsController {

	private final DormantAccounts dormant;

	DormantAccountsController(DormantAccounts dormant) {
		this.dormant = dormant;
	}

	@GetMapping("/admin/users/dormant")
	@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
	String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("accounts", this.dormant.list(admin));
		model.addAttribute("afterDays", this.dormant.after().toDays());
		model.addAttribute("warningDays", this.dormant.warningPeriod().toDays());
		return "people/dormant";
	}

}
