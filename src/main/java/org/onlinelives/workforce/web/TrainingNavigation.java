package org.onlinelives.workforce.web;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Everyone who works in the partnership keeps their training here. */
@Component
class TrainingNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		return List.of(new Link("/training", "nav.training"));
	}

}
