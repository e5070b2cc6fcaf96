package org.onlinelives.selfaudit.results;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Letters in place of agencies' names, for analysts (PRODUCT.md §2: analysts see
 * anonymised figures). The letters follow the order of the agencies' ids among those in
 * the cycle, so an agency keeps its letter within a cycle whoever submits and whenever.
 */
public final class AgencyPseudonyms {

	private AgencyPseudonyms() {
	}

	/**
	 * @param cycleAgencyIds the agencies the cycle was opened for
	 * @return each agency's letter code (A, B, ... Z, AA, AB, ...), in letter order
	 */
	public static Map<Long, String> letters(Collection<Long> cycleAgencyIds) {
		Map<Long, String> letters = new LinkedHashMap<>();
		int index = 0;
		for (Long agencyId : cycleAgencyIds.stream().sorted().toList()) {
			letters.put(agencyId, letter(index++));
		}
		return letters;
	}

	/** 0 → A, 25 → Z, 26 → AA, as spreadsheet columns are named. */
	static String letter(int index) {
		StringBuilder letters = new StringBuilder();
		int n = index;
		do {
			letters.insert(0, (char) ('A' + (n % 26)));
			n = n / 26 - 1;
		}
		while (n >= 0);
		return letters.toString();
	}

}
