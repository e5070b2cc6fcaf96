package org.onlinelives.retention;

import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class RetentionNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		return RetentionService.maySeeRetention(user) ? List.of(new Link("/retention", "nav.retention")) : List.of();
	}

}
