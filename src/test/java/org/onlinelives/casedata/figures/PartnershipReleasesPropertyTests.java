package org.onlinelives.casedata.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.onlinelives.casedata.LinkedReleasesAttacker;
import org.onlinelives.platform.disclosure.DisclosureControl;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random partnerships release one period three ways at once: each agency's return (its
 * row, one-way, at the export threshold), the partnership table at the export threshold
 * and the same table at the page threshold. Read together by
 * {@link LinkedReleasesAttacker}, they determine no withheld non-zero count. Rows are
 * agencies with 0 or at least 10 cases, as {@link PartnershipRows} makes them; in a
 * single-valued breakdown every row's total is the agency's number of cases, known from
 * the other breakdowns.
 */
class PartnershipReleasesPropertyTests {

	static final DisclosurePolicy PAGES = new DisclosurePolicy(5, false);

	static final DisclosurePolicy EXPORTS = new DisclosurePolicy(10, false);

	static final AtomicLong tried = new AtomicLong();

	static final AtomicLong withheld = new AtomicLong();

	@Property(tries = 3_000)
	void thePagesTableTheExportAndTheReturnsTogetherGiveNothingAway(@ForAll("tables") long[][] counts,
			@ForAll boolean singleValued) {
		int rows = counts.length;
		int columns = counts[0].length;
		LinkedReleasesAttacker attacker = new LinkedReleasesAttacker();
		boolean[][] known = new boolean[rows + 1][columns + 1];
		if (singleValued) {
			for (int r = 0; r <= rows; r++) {
				known[r][columns] = true;
			}
		}
		for (int r = 0; r < rows; r++) {
			ProtectedTable sent = DisclosureControl.protectOneWay(counts[r], EXPORTS);
			List<String> parts = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				known[r][c] = !sent.cell(c, 0).suppressed();
				attacker.figure(name(r, c), counts[r][c], shown(sent, c, 0));
				parts.add(name(r, c));
			}
			known[r][columns] |= !sent.grandTotal().suppressed();
			attacker.figure(name(r, columns), sum(counts[r]),
					sent.grandTotal().suppressed() ? null : sent.grandTotal().value());
			attacker.sum(parts, name(r, columns));
		}
		for (DisclosurePolicy policy : List.of(EXPORTS, PAGES)) {
			ProtectedTable table = PartnershipRows.protect(counts, known, policy, EXPORTS);
			release(attacker, counts, table, singleValued);
		}
		tried.incrementAndGet();
		withheld.addAndGet(attacker.withheld());
		assertThat(attacker.recovered()).as("recovered from %s", java.util.Arrays.deepToString(counts)).isEmpty();
	}

	@AfterContainer
	static void report() {
		System.out.printf("Partnership releases: %d partnerships tried, %d figures withheld, none recovered%n",
				tried.get(), withheld.get());
	}

	private static void release(LinkedReleasesAttacker attacker, long[][] counts, ProtectedTable table,
			boolean singleValued) {
		int rows = counts.length;
		int columns = counts[0].length;
		long grand = 0;
		List<String> columnTotals = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				attacker.figure(name(r, c), counts[r][c], shown(table, r, c));
			}
			attacker.figure(name(r, columns), sum(counts[r]), shown(table, r, columns));
			if (singleValued) {
				attacker.derived("cases " + r, sum(counts[r]));
				attacker.sum(List.of(name(r, columns)), "cases " + r);
			}
			grand += sum(counts[r]);
		}
		for (int c = 0; c < columns; c++) {
			List<String> parts = new ArrayList<>();
			long column = 0;
			for (int r = 0; r < rows; r++) {
				parts.add(name(r, c));
				column += counts[r][c];
			}
			attacker.figure(name(rows, c), column, shown(table, rows, c));
			attacker.sum(parts, name(rows, c));
			columnTotals.add(name(rows, c));
		}
		attacker.figure(name(rows, columns), grand, shown(table, rows, columns));
		attacker.sum(columnTotals, name(rows, columns));
	}

	private static Long shown(ProtectedTable table, int r, int c) {
		return table.figure(r, c).suppressed() ? null : table.figure(r, c).value();
	}

	private static String name(int r, int c) {
		return r + "," + c;
	}

	private static long sum(long[] row) {
		long total = 0;
		for (long value : row) {
			total += value;
		}
		return total;
	}

	/** 2 to 6 agencies by 2 to 7 categories; each agency has no cases or at least 10. */
	@Provide
	Arbitrary<long[][]> tables() {
		Arbitrary<Long> count = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0L)),
				Tuple.of(5, Arbitraries.longs().between(1, 12)), Tuple.of(3, Arbitraries.longs().between(10, 40)));
		return Arbitraries.integers()
			.between(2, 6)
			.flatMap((rows) -> Arbitraries.integers()
				.between(2, 7)
				.flatMap((columns) -> count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)))
			.filter((table) -> java.util.Arrays.stream(table)
				.mapToLong(PartnershipReleasesPropertyTests::sum)
				.allMatch((total) -> total == 0 || total >= 10));
	}

}
