package org.onlinelives.casedata.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class CaseDataNavigation implements NavigationContributor {

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<Link> linksFor(SignedInUser user) {
		List<Link> links = new ArrayList<>();
		if (CaseFigures.mayReadOwnAgency(user)) {
			links.add(new Link("/case-data", "nav.caseData"));
		}
		if (CaseFigures.mayReadPartnership(user)) {
			links.add(new Link("/case-data/partnership", "nav.partnershipFigures"));
		}
		// the case study library is open to everyone signed in to the partnership
		links.add(new Link("/case-studies", "nav.caseStudies"));
		// data returns (issue 12 item 5)
		if (CaseFigures.mayReadOwnAgency(user)) {
			links.add(new Link("/case-data/returns", "nav.dataReturns"));
		}
		if (CaseFigures.mayReadPartnership(user)) {
			links.add(new Link("/case-data/partnership/returns", "nav.partnershipReturns"));
		}
		return links;
	}

}
