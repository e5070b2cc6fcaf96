package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.assessment.platformlist.PlatformList;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class AssessmentNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		List<Link> links = new ArrayList<>();
		if (YoungPeopleService.mayWorkWithRecords(user)) {
			links.add(new Link("/young-people", "nav.youngPeople"));
			links.add(new Link("/api-tokens", "nav.apiTokens"));
		}
		else if (user.hasRole(org.onlinelives.platform.people.Role.ANALYST)) {
			// analysts' tokens read data returns only
			links.add(new Link("/api-tokens", "nav.apiTokens"));
		}
		if (PlatformList.mayManage(user)) {
			links.add(new Link("/admin/platforms", "nav.platformList"));
		}
		return links;
	}

}
