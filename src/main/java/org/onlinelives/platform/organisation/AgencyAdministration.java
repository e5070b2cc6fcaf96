package org.onlinelives.platform.organisation;

import org.onlinelives.platform.organisation.internal.Agencies;
import java.util.List;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies and teams. Administrators manage every agency in their partnership; an agency
 * lead manages their own agency's details, contact and teams.
 */
@Service
public class AgencyAdministration {

	private final Agencies agencies;

	private final Teams teams;

	private final AccessLog accessLog;

	AgencyAdministration(Agencies agencies, Teams teams, AccessLog accessLog) {
		this.agencies = agencies;
		this.teams = teams;
		this.accessLog = accessLog;
	}

	public List<Agency> visibleTo(SignedInUser user) {
		if (user.hasRole(Role.PARTNERSHIP_ADMIN)) {
			return this.agencies.findByPartnershipIdOrderByName(user.partnershipId());
		}
		return (user.agencyId() != null)
				? this.agencies.findByIdAndPartnershipId(user.agencyId(), user.partnershipId()).stream().toList()
				: List.of();
	}

	/** An agency the person may manage, or 404. */
	public Agency manageable(SignedInUser user, long agencyId) {
		boolean allowed = user.hasRole(Role.PARTNERSHIP_ADMIN)
				|| (user.hasRole(Role.AGENCY_LEAD) && Long.valueOf(agencyId).equals(user.agencyId()));
		return this.agencies.findByIdAndPartnershipId(agencyId, user.partnershipId())
			.filter((agency) -> allowed)
			.orElseThrow(() -> new RecordNotFoundException("agency", agencyId));
	}

	public List<Team> teams(Agency agency) {
		return this.teams.findByAgencyIdOrderByName(agency.getId());
	}

	public boolean nameTaken(SignedInUser user, String name, Long exceptAgencyId) {
		return this.agencies.findByPartnershipIdOrderByName(user.partnershipId())
			.stream()
			.anyMatch((a) -> a.getName().equalsIgnoreCase(name.strip()) && !a.getId().equals(exceptAgencyId));
	}

	@Transactional
	public Agency create(SignedInUser admin, AgencyDetails details) {
		Agency agency = Agency.create(admin.partnershipId(), details.name().strip(), details.type());
		agency.recordOnlineSafetyContact(blankToNull(details.contactName()), blankToNull(details.contactEmail()),
				blankToNull(details.contactPhone()));
		agency = this.agencies.save(agency);
		this.accessLog.record(admin, AccessEvent.AGENCY_CREATED, "agency", agency.getId(), agency.getName());
		return agency;
	}

	@Transactional
	public void change(SignedInUser user, long agencyId, AgencyDetails details, Long expectedVersion) {
		Agency agency = manageable(user, agencyId);
		if (expectedVersion == null || !expectedVersion.equals(agency.getVersion())) {
			throw new OptimisticLockingFailureException("Agency changed by someone else");
		}
		agency.describe(details.name().strip(), details.type());
		agency.recordOnlineSafetyContact(blankToNull(details.contactName()), blankToNull(details.contactEmail()),
				blankToNull(details.contactPhone()));
		this.agencies.save(agency);
		this.accessLog.record(user, AccessEvent.AGENCY_CHANGED, "agency", agencyId, agency.getName());
	}

	@Transactional
	public Team addTeam(SignedInUser user, long agencyId, String name) {
		Agency agency = manageable(user, agencyId);
		Team team = this.teams.save(Team.create(agency.getId(), name.strip()));
		this.accessLog.record(user, AccessEvent.TEAM_CREATED, "team", team.id(), name.strip());
		return team;
	}

	public boolean teamNameTaken(long agencyId, String name) {
		return this.teams.existsByAgencyIdAndNameIgnoreCase(agencyId, name.strip());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** What can be said about an agency on its form. */
	public record AgencyDetails(String name, AgencyType type, String contactName, String contactEmail,
			String contactPhone) {
	}

}
