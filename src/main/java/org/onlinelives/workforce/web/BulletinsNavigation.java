package org.onlinelives.workforce.web;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Everyone in the partnership reads bulletins and the code of conduct. */
@Component
class BulletinsNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 41;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		return List.of(new Link("/bulletins", "nav.bulletins"));
	}

}
