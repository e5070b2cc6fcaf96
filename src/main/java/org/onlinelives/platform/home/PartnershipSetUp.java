package org.onlinelives.platform.home;

import java.util.List;

import org.onlinelives.platform.organisation.internal.Agencies;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.organisation.Teams;
import org.onlinelives.platform.people.Invitations;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.internal.Users;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.HomeContributor;
import org.onlinelives.platform.web.SetUpTask;
import org.springframework.stereotype.Component;

/**
 * The platform's steps in setting up a partnership: agencies, teams, agency leads and the
 * second-factor policy. Each is done once the partnership has what the step makes.
 */
@Component
class PartnershipSetUp implements HomeContributor {

	private final Agencies agencies;

	private final Teams teams;

	private final Users users;

	private final Invitations invitations;

	private final Partnerships partnerships;

	PartnershipSetUp(Agencies agencies, Teams teams, Users users, Invitations invitations, Partnerships partnerships) {
		this.agencies = agencies;
		this.teams = teams;
		this.users = users;
		this.invitations = invitations;
		this.partnerships = partnerships;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public List<SetUpTask> setUpTasksFor(SignedInUser admin) {
		Long partnership = admin.partnershipId();
		boolean agenciesAdded = this.agencies.countByPartnershipId(partnership) > 0;
		boolean teamsAdded = this.teams.countInPartnership(partnership) > 0;
		boolean leadsInvited = this.users.countWithRole(partnership, Role.AGENCY_LEAD.name()) > 0
				|| this.invitations.countNotRevokedForLeads(partnership) > 0;
		boolean policyChosen = this.partnerships.findById(partnership)
			.map((found) -> found.isSecondFactorPolicyChosen())
			.orElse(false);
		return List.of(
				new SetUpTask(10, "home.setUp.agencies", "home.setUp.agencies.hint", "/admin/agencies", agenciesAdded),
				new SetUpTask(20, "home.setUp.teams", "home.setUp.teams.hint", "/admin/agencies", teamsAdded),
				new SetUpTask(30, "home.setUp.leads", "home.setUp.leads.hint", "/admin/invitations/new", leadsInvited),
				new SetUpTask(40, "home.setUp.secondFactor", "home.setUp.secondFactor.hint", "/admin/partnership",
						policyChosen));
	}

}
