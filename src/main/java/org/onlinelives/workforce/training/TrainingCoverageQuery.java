package org.onlinelives.workforce.training;

/**
 * What other modules may ask of training: an agency's coverage against the partnership's
 * target (the self-audit shows it beside statements 2.1 to 2.6 as evidence).
 */
public interface TrainingCoverageQuery {

	AgencyCoverage coverageOf(long partnershipId, long agencyId);

	/**
	 * Every agency with practitioners, by agency id (the partnership's board report shows
	 * them all).
	 */
	java.util.Map<Long, AgencyCoverage> coverageByAgency(long partnershipId);

}
