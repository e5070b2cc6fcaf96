package org.onlinelives.platform.home;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class PlatformNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 0;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		List<Link> links = new ArrayList<>();
		links.add(new Link("/", "nav.home"));
		if (user.hasRole(Role.PARTNERSHIP_ADMIN) || user.hasRole(Role.AGENCY_LEAD)) {
			links.add(new Link("/admin/users", "nav.people"));
			links.add(new Link("/admin/agencies", "nav.agencies"));
		}
		if (user.hasRole(Role.PARTNERSHIP_ADMIN)) {
			links.add(new Link("/admin/access-log", "nav.accessLog"));
			links.add(new Link("/admin/partnership", "nav.partnership"));
		}
		return links;
	}

}
