package org.onlinelives.platform.home;

import java.util.Comparator;
import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.HomeContributor;
import org.onlinelives.platform.web.HomeFragment;
import org.onlinelives.platform.web.HomePanel;
import org.onlinelives.platform.web.NavigationContributor;
import org.onlinelives.platform.web.SetUpTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what is waiting for this person and what they can do, drawn from every
 * module's contributions; for administrators, the tasks that set the partnership up.
 */
@Controller
class HomeController {

	private final List<NavigationContributor> contributors;

	private final ObjectProvider<HomeContributor> homeContributors;

	HomeController(List<NavigationContributor> contributors, ObjectProvider<HomeContributor> homeContributors) {
		this.contributors = contributors;
		this.homeContributors = homeContributors;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("links",
				this.contributors.stream()
					.sorted(Comparator.comparingInt(NavigationContributor::order))
					.flatMap((contributor) -> contributor.linksFor(user).stream())
					.filter((link) -> !link.path().equals("/"))
					.toList());
		List<HomeContributor> home = this.homeContributors.orderedStream()
			.sorted(Comparator.comparingInt(HomeContributor::order))
			.toList();
		List<HomeFragment> fragments = home.stream()
			.flatMap((contributor) -> contributor.fragmentsFor(user).stream())
			.toList();
		List<HomePanel> panels = home.stream().flatMap((contributor) -> contributor.panelsFor(user).stream()).toList();
		List<SetUpTask> tasks = user.isAdministrator() ? home.stream()
			.flatMap((contributor) -> contributor.setUpTasksFor(user).stream())
			.sorted(Comparator.comparingInt(SetUpTask::order))
			.toList() : List.of();
		model.addAttribute("fragments", fragments);
		model.addAttribute("panels", panels);
		model.addAttribute("setUpTasks", tasks);
		model.addAttribute("setUpDone", tasks.stream().filter(SetUpTask::done).count());
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
