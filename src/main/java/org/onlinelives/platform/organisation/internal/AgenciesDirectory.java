package org.onlinelives.platform.organisation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.organisation.Team;
import org.onlinelives.platform.organisation.Teams;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AgencyDirectory} over the partnership, agency and team repositories.
 */
@Component
@Transactional(readOnly = true)
class AgenciesDirectory implements AgencyDirectory {

	private final Agencies agencies;

	private final Partnerships partnerships;

	private final Teams teams;

	AgenciesDirectory(Agencies agencies, Partnerships partnerships, Teams teams) {
		this.agencies = agencies;
		this.partnerships = partnerships;
		this.teams = teams;
	}

	@Override
	public List<Agency> agenciesOf(long partnershipId) {
		return this.agencies.findByPartnershipIdOrderByName(partnershipId);
	}

	@Override
	public Optional<Agency> find(long partnershipId, Long agencyId) {
		return (agencyId == null) ? Optional.empty() : this.agencies.findByIdAndPartnershipId(agencyId, partnershipId);
	}

	@Override
	public Map<Long, String> namesOf(long partnershipId) {
		return agenciesOf(partnershipId).stream()
			.collect(Collectors.toMap(Agency::getId, Agency::getName, (a, b) -> a, LinkedHashMap::new));
	}

	@Override
	public Optional<Partnership> partnership(long partnershipId) {
		return this.partnerships.findById(partnershipId);
	}

	@Override
	public List<Team> teamsOf(Agency agency) {
		return this.teams.findByAgencyIdOrderByName(agency.getId());
	}

	@Override
	public Optional<Team> team(Agency agency, Long teamId) {
		return (teamId == null) ? Optional.empty() : this.teams.findByIdAndAgencyId(teamId, agency.getId());
	}

}
