package org.onlinelives.strategy.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.springframework.stereotype.Component;

/**
 * The plan for those who read it; the points of contact for everyone.
 */
@Component
class StrategyNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		List<Link> links = new ArrayList<>();
		if (PartnershipPlan.mayView(user)) {
			links.add(new Link("/plan", "nav.plan"));
		}
		links.add(new Link("/points-of-contact", "nav.pointsOfContact"));
		return links;
	}

}
