package org.onlinelives.families.web;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Everyone in the partnership reads the help directory and its advice packs. */
@Component
class FamiliesNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		return List.of(new Link("/help-directory", "nav.helpDirectory"));
	}

}
