package org.onlinelives.casedata.figures;

import java.time.YearMonth;

/**
 * Which cases to count: those first counted from one month to another, optionally of one
 * age band and gender, and (by default) only those with an online component.
 *
 * @param from first month, inclusive
 * @param to last month, inclusive
 * @param ageBand an age band, or null for all
 * @param gender a gender code, or null for all
 * @param onlineOnly only cases the agency judged to have an online component
 */
public record FigureFilter(YearMonth from, YearMonth to, String ageBand, String gender, boolean onlineOnly) {

	public FigureFilter {
		if (from == null || to == null || from.isAfter(to)) {
			throw new IllegalArgumentException("The first month must not be after the last");
		}
	}

	/**
	 * The cases a data return counts, and the partnership's pages and exports with it:
	 * those with an online component first counted in the period, of every age and
	 * gender. One definition, so the figures of a period agree wherever they are shown.
	 */
	public static FigureFilter onlineCases(YearMonth first, YearMonth last) {
		return new FigureFilter(first, last, null, null, true);
	}

	/** The twelve months to this one, online cases of every age and gender. */
	public static FigureFilter lastTwelveMonths(YearMonth current) {
		return new FigureFilter(current.minusMonths(11), current, null, null, true);
	}

}
