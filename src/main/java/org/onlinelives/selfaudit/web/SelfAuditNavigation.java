package org.onlinelives.selfaudit.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class SelfAuditNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		List<Link> links = new ArrayList<>();
		if (user.hasRole(Role.AGENCY_LEAD) || user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.QA_REVIEWER)
				|| user.isAdministrator()) {
			links.add(new Link("/audits", "nav.selfaudit.audits"));
		}
		if (user.isAdministrator()) {
			links.add(new Link("/audit-cycles", "nav.selfaudit.cycles"));
			links.add(new Link("/audit-feedback", "nav.selfaudit.feedback"));
		}
		if (user.isAdministrator() || user.hasRole(Role.ANALYST)) {
			links.add(new Link("/audit-results", "nav.selfaudit.partnership"));
		}
		return links;
	}

}
