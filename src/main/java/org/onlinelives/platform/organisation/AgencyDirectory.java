package org.onlinelives.platform.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Platform's published queries about partnerships, agencies and teams, for other modules
 * and for web pages. Every query takes the caller's partnership, so none can reach
 * another's agencies.
 */
public interface AgencyDirectory {

	/** The partnership's agencies in name order. */
	List<Agency> agenciesOf(long partnershipId);

	/** One of the partnership's agencies, or empty when the id is not one of them. */
	Optional<Agency> find(long partnershipId, Long agencyId);

	/** The partnership's agency names by id, in name order. */
	Map<Long, String> namesOf(long partnershipId);

	/** The caller's own partnership. */
	Optional<Partnership> partnership(long partnershipId);

	/**
	 * The teams of an agency already found in the caller's partnership, in name order.
	 */
	List<Team> teamsOf(Agency agency);

	/** One team of an agency already found in the caller's partnership. */
	Optional<Team> team(Agency agency, Long teamId);

}
