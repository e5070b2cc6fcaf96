package org.onlinelives.casedata;

import java.time.YearMonth;
import java.util.List;

import org.onlinelives.platform.disclosure.ProtectedTable;

/**
 * What other modules may ask of the case data: the partnership's headline figures, under
 * the disclosure control for anything that leaves the service (the partnership's board
 * report prints them). No count below the threshold, and none that could be worked out
 * from the totals, is ever returned.
 */
public interface CaseDataHeadlines {

	/**
	 * Cases with an online component first counted in the latest return period that has
	 * started: the same figures the partnership's exports give for that period, so a
	 * reader holding both learns nothing more.
	 */
	Headlines latestPeriod(long partnershipId);

	/**
	 * @param threshold counts from 1 to one less than this are withheld
	 * @param agencies agency names, in the rows' order of {@code byAgency}
	 * @param byAgency cases by agency, one column, with the partnership's total; null
	 * when the partnership has no agencies
	 * @param cs the five Cs in words, in the rows' order of {@code byC}
	 * @param byC cases by C (a case can count under several, so the total is not a number
	 * of cases)
	 */
	record Headlines(YearMonth from, YearMonth to, int threshold, List<String> agencies, ProtectedTable byAgency,
			List<String> cs, ProtectedTable byC) {

		public boolean isEmpty() {
			return this.byAgency == null;
		}

	}

}
