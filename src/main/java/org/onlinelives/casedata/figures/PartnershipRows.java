package org.onlinelives.casedata.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.disclosure.DisclosureControl;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedTable;
import org.onlinelives.platform.organisation.Agency;

/**
 * The rows of a partnership table for one period: each agency with at least the
 * threshold's number of cases (or none), then the agencies with fewer counted together if
 * together they reach it. Every row's total is then a figure that may be shown, and is
 * the same in every single-valued breakdown.
 */
final class PartnershipRows {

	private final List<Agency> own;

	private final List<Agency> grouped;

	private final int leftOut;

	private final Figures figures;

	private PartnershipRows(List<Agency> own, List<Agency> grouped, int leftOut, Figures figures) {
		this.own = own;
		this.grouped = grouped;
		this.leftOut = leftOut;
		this.figures = figures;
	}

	static PartnershipRows of(List<Agency> agencies, Figures figures, Map<Long, Long> totals, int threshold) {
		List<Agency> own = new ArrayList<>();
		List<Agency> few = new ArrayList<>();
		long fewTotal = 0;
		for (Agency agency : agencies) {
			long total = totals.getOrDefault(agency.getId(), 0L);
			if (total == 0 || total >= threshold) {
				own.add(agency);
			}
			else {
				few.add(agency);
				fewTotal += total;
			}
		}
		boolean together = fewTotal >= threshold;
		return new PartnershipRows(own, together ? few : List.of(), together ? 0 : few.size(), figures);
	}

	boolean isEmpty() {
		return this.own.isEmpty() && this.grouped.isEmpty();
	}

	List<String> names() {
		return this.own.stream().map(Agency::getName).toList();
	}

	int grouped() {
		return this.grouped.size();
	}

	int leftOut() {
		return this.leftOut;
	}

	/** The cases the rows count: every agency's but those left out. */
	long cases(Map<Long, Long> totals) {
		long sum = 0;
		for (Agency agency : this.own) {
			sum += totals.getOrDefault(agency.getId(), 0L);
		}
		for (Agency agency : this.grouped) {
			sum += totals.getOrDefault(agency.getId(), 0L);
		}
		return sum;
	}

	long[][] counts() {
		int rows = this.own.size() + (this.grouped.isEmpty() ? 0 : 1);
		long[][] counts = new long[rows][];
		for (int r = 0; r < this.own.size(); r++) {
			counts[r] = this.figures.countsOf(this.own.get(r).getId());
		}
		if (!this.grouped.isEmpty()) {
			long[] sum = new long[this.figures.categories().size()];
			for (Agency agency : this.grouped) {
				long[] found = this.figures.countsOf(agency.getId());
				for (int c = 0; c < sum.length; c++) {
					sum[c] += found[c];
				}
			}
			counts[rows - 1] = sum;
		}
		return counts;
	}

	/**
	 * The figures readers already have, in the extended table's places: the agencies'
	 * totals and the grand total (shown in every single-valued breakdown), and whatever
	 * an agency's returns for the period showed.
	 */
	boolean[][] released(Breakdown breakdown, List<Category> categories, ReleasedFigures released) {
		int rows = this.own.size() + (this.grouped.isEmpty() ? 0 : 1);
		int columns = categories.size();
		boolean[][] known = new boolean[rows + 1][columns + 1];
		if (!breakdown.multiValued()) {
			for (int r = 0; r <= rows; r++) {
				known[r][columns] = true;
			}
		}
		for (int r = 0; r < this.own.size(); r++) {
			long agencyId = this.own.get(r).getId();
			for (int c = 0; c < columns; c++) {
				known[r][c] = released.shown(agencyId, breakdown.name(), categories.get(c).code());
			}
			known[r][columns] |= released.shown(agencyId, breakdown.name(), ReleasedFigures.TOTAL);
		}
		return known;
	}

	/**
	 * Protects the table under the stricter policy first, treating what is already out as
	 * known, then (if the policies differ) under {@code policy}, treating everything the
	 * stricter table shows as known too: so the two tables and the returns, read
	 * together, withhold exactly what the table under {@code policy} withholds.
	 */
	static ProtectedTable protect(long[][] counts, boolean[][] known, DisclosurePolicy policy,
			DisclosurePolicy stricter) {
		ProtectedTable table = DisclosureControl.protect(counts, stricter, known);
		return policy.equals(stricter) ? table : DisclosureControl.protect(counts, policy, shownIn(table, known));
	}

	/** What is known once a table is out: what was known, and everything it shows. */
	static boolean[][] shownIn(ProtectedTable table, boolean[][] known) {
		int rows = table.rows();
		int columns = table.columns();
		boolean[][] after = new boolean[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				after[r][c] = known[r][c] || !table.figure(r, c).suppressed();
			}
		}
		return after;
	}

}
