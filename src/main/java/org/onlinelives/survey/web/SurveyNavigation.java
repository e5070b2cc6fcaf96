package org.onlinelives.survey.web;

import java.util.List;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;

import org.springframework.stereotype.Component;

@Component
class SurveyNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		if (user.isAdministrator() || user.hasRole(Role.ANALYST)) {
			return List.of(new Link("/surveys", "nav.survey.surveys"));
		}
		return List.of();
	}

}
