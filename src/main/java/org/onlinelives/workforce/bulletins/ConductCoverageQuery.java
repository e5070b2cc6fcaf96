package org.onlinelives.workforce.bulletins;

import java.util.Map;

/**
 * What other modules may ask of the code of conduct: how many of an agency's staff have
 * acknowledged its current version (the self-audit shows it beside statement 5.4 as
 * evidence; the partnership's board report shows every agency's).
 */
public interface ConductCoverageQuery {

	AgencyConductCoverage coverageOf(long partnershipId, long agencyId);

	/** Every agency with active staff, by agency id. */
	Map<Long, AgencyConductCoverage> coverageByAgency(long partnershipId);

}
