package org.onlinelives.assessment;

import java.util.List;

/**
 * The assessment module's published query for rebuilding de-identified case data: the
 * same snapshots its events carry, for every counted case of a partnership (a case is
 * counted once an assessment is completed or an outcome recorded).
 */
public interface CaseDataQuery {

	/**
	 * The next counted cases after a position, in a stable order. Each page starts where
	 * the last ended, so reading every case costs the same per page however many there
	 * are (an offset would re-read every case before it).
	 * @param after {@link CountedCases#START} for the first page, then the page's
	 * {@link CountedCases#next()}
	 * @param size cases per page at most
	 */
	CountedCases countedCases(long partnershipId, long after, int size);

	/**
	 * A page of counted cases.
	 *
	 * @param cases the snapshots; fewer than asked for on the last page
	 * @param next where the next page starts: an opaque position, not a record's identity
	 * to keep
	 */
	record CountedCases(List<CaseSnapshot> cases, long next) {

		public static final long START = 0;

	}

	/**
	 * The title, in the current catalogue, of a scenario, vulnerability factor, offline
	 * adversity or procedure prompt code; the code itself if it is unknown.
	 */
	String title(String code);

	/** The gender codes a record can hold, in the order forms offer them. */
	List<String> genderCodes();

}
