package org.onlinelives.platform.home;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what this person can do, drawn from every module's navigation.
 */
@Controller
class HomeController {

	private final List<NavigationContributor> contributors;

	HomeController(List<NavigationContributor> contributors) {
		this.contributors = contributors;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("links",
				this.contributors.stream()
					.sorted(java.util.Comparator.comparingInt(NavigationContributor::order))
					.flatMap((contributor) -> contributor.linksFor(user).stream())
					.filter((link) -> !link.path().equals("/"))
					.toList());
		return "home/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "home/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "home/privacy";
	}

}
