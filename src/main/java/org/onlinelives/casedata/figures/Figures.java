package org.onlinelives.casedata.figures;

import java.util.List;
import java.util.Map;

/**
 * Counts of cases by agency and category, before any disclosure control.
 *
 * @param breakdown what the categories are
 * @param categories the columns, in reading order
 * @param counts per agency id, one count per category
 */
public record Figures(Breakdown breakdown, List<Category> categories, Map<Long, long[]> counts) {

	/** One agency's counts, zeros if it has none. */
	public long[] countsOf(long agencyId) {
		long[] found = this.counts.get(agencyId);
		return (found != null) ? found.clone() : new long[this.categories.size()];
	}

	public long total(long agencyId) {
		long sum = 0;
		for (long count : countsOf(agencyId)) {
			sum += count;
		}
		return sum;
	}

}
