package org.onlinelives.assessment;

import java.util.List;

/**
 * The assessment module's published query for rebuilding de-identified case data: the
 * same snapshots its events carry, for every counted case of a partnership (a case is
 * counted once an assessment is completed or an outcome recorded).
 */
public interface CaseDataQuery {

	/**
	 * One page of counted cases, in a stable order.
	 * @param page from 0
	 * @param size cases per page
	 */
	List<CaseSnapshot> countedCases(long partnershipId, int page, int size);

	/**
	 * The title, in the current catalogue, of a scenario, vulnerability factor, offline
	 * adversity or procedure prompt code; the code itself if it is unknown.
	 */
	String title(String code);

	/** The gender codes a record can hold, in the order forms offer them. */
	List<String> genderCodes();

}
