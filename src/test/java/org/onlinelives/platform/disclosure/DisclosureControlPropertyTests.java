package org.onlinelives.platform.disclosure;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates random tables of counts (mostly small, many zeros, 1 to 7 rows and columns)
 * and has {@link SuppressionAttacker} try to recover every suppressed figure after
 * protection. None may be recovered, and no shown figure may be a non-zero count below
 * the threshold.
 */
class DisclosureControlPropertyTests {

	static final int TRIES = 100_000;

	static final AtomicLong tables = new AtomicLong();

	static final AtomicLong suppressedFigures = new AtomicLong();

	static final AtomicLong recoveredFigures = new AtomicLong();

	@Property(tries = TRIES)
	void noSuppressedFigureCanBeRecovered(@ForAll("tables") long[][] counts, @ForAll("thresholds") int threshold) {
		ProtectedTable table = DisclosureControl.protect(counts, new DisclosurePolicy(threshold, false));
		SuppressionAttacker attacker = new SuppressionAttacker(counts, table);
		long n = tables.incrementAndGet();
		suppressedFigures.addAndGet(attacker.suppressedCount());
		List<int[]> recovered = attacker.recovered(n % 50 == 0);
		recoveredFigures.addAndGet(recovered.size());
		assertThat(recovered).as("recovered figures of %s", java.util.Arrays.deepToString(counts)).isEmpty();
		assertNoSmallShown(table, threshold);
	}

	/**
	 * Figures already released elsewhere (here: each row sent on its own, as an agency's
	 * return is, protected at the same or a higher threshold) are never withheld again,
	 * so what the two-way table shows includes all that is known; and what it withholds
	 * still cannot be recovered.
	 */
	@Property(tries = TRIES / 10)
	void figuresReleasedElsewhereAreNeverWithheldAndNothingIsRecovered(@ForAll("tables") long[][] counts,
			@ForAll("thresholds") int threshold, @ForAll boolean higherElsewhere) {
		int rows = counts.length;
		int columns = counts[0].length;
		DisclosurePolicy elsewhere = new DisclosurePolicy(higherElsewhere ? 10 : threshold, false);
		boolean[][] known = new boolean[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			ProtectedTable row = DisclosureControl.protectOneWay(counts[r], elsewhere);
			for (int c = 0; c < columns; c++) {
				known[r][c] = !row.cell(c, 0).suppressed();
			}
			known[r][columns] = !row.grandTotal().suppressed();
		}
		ProtectedTable table = DisclosureControl.protect(counts, new DisclosurePolicy(threshold, false), known);
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				if (known[r][c]) {
					assertThat(table.figure(r, c).suppressed())
						.as("released figure %d,%d of %s", r, c, java.util.Arrays.deepToString(counts))
						.isFalse();
				}
			}
		}
		List<int[]> recovered = new SuppressionAttacker(counts, table).recovered(false);
		assertThat(recovered).as("recovered figures of %s", java.util.Arrays.deepToString(counts)).isEmpty();
		assertNoSmallShown(table, threshold);
	}

	/**
	 * A corrected one-way breakdown withholds at least what the earlier version withheld,
	 * and neither version gives away a non-zero figure it withholds.
	 */
	@Property(tries = TRIES / 10)
	void aCorrectionWithholdsWhatTheEarlierVersionWithheld(@ForAll("rows") long[] before,
			@ForAll("thresholds") int threshold, @ForAll long seed) {
		java.util.Random random = new java.util.Random(seed);
		long[] after = before.clone();
		for (int i = 0; i < after.length; i++) {
			after[i] = Math.max(0, after[i] + random.nextInt(5) - 2);
		}
		DisclosurePolicy policy = new DisclosurePolicy(threshold, false);
		ProtectedTable first = DisclosureControl.protectOneWay(before, policy);
		boolean[] withheld = new boolean[before.length + 1];
		for (int i = 0; i < before.length; i++) {
			withheld[i] = first.cell(i, 0).suppressed();
		}
		withheld[before.length] = first.grandTotal().suppressed();
		ProtectedTable second = DisclosureControl.protectOneWay(after, policy, withheld);
		for (int i = 0; i < before.length; i++) {
			if (withheld[i]) {
				assertThat(second.cell(i, 0).suppressed())
					.as("category %d of %s then %s", i, java.util.Arrays.toString(before),
							java.util.Arrays.toString(after))
					.isTrue();
			}
		}
		assertThat(!withheld[before.length] || second.grandTotal().suppressed()).isTrue();
		for (long[] counts : List.of(before, after)) {
			long[][] column = new long[counts.length][1];
			for (int i = 0; i < counts.length; i++) {
				column[i][0] = counts[i];
			}
			ProtectedTable table = (counts == before) ? first : second;
			// a zero withheld only because the earlier version withheld its category may
			// come
			// out as zero: that says nothing about the earlier figure
			assertThat(new SuppressionAttacker(column, table).recovered(true)).filteredOn(
					(cell) -> (cell[0] < counts.length ? counts[cell[0]] : java.util.Arrays.stream(counts).sum()) != 0)
				.as("recovered from %s (before %s, after %s)", java.util.Arrays.toString(counts),
						java.util.Arrays.toString(before), java.util.Arrays.toString(after))
				.isEmpty();
			assertNoSmallShown(table, threshold);
		}
	}

	@Property(tries = TRIES / 5)
	void noCellWithheldByTheCallerCanBeRecoveredEither(@ForAll("tables") long[][] counts,
			@ForAll("thresholds") int threshold, @ForAll long seed) {
		java.util.Random random = new java.util.Random(seed);
		boolean[][] withheld = new boolean[counts.length][counts[0].length];
		for (boolean[] row : withheld) {
			for (int c = 0; c < row.length; c++) {
				row[c] = random.nextInt(6) == 0;
			}
		}
		ProtectedTable table = DisclosureControl.protect(counts, withheld, new DisclosurePolicy(threshold, false));
		for (int r = 0; r < counts.length; r++) {
			for (int c = 0; c < counts[0].length; c++) {
				// every non-zero cell asked for is withheld (a zero points to nobody)
				assertThat(!withheld[r][c] || counts[r][c] == 0 || table.cell(r, c).suppressed()).isTrue();
			}
		}
		assertThat(new SuppressionAttacker(counts, table).recovered(false))
			.as("recovered figures of %s", java.util.Arrays.deepToString(counts))
			.isEmpty();
		assertNoSmallShown(table, threshold);
	}

	@AfterContainer
	static void report() {
		System.out.printf("Disclosure control: %d tables tried, %d figures suppressed, %d recovered%n", tables.get(),
				suppressedFigures.get(), recoveredFigures.get());
	}

	static void assertNoSmallShown(ProtectedTable table, int threshold) {
		List<ProtectedCell> all = new java.util.ArrayList<>(table.rowTotals());
		all.addAll(table.columnTotals());
		all.add(table.grandTotal());
		table.cells().forEach(all::addAll);
		assertThat(all).noneMatch((cell) -> !cell.suppressed() && cell.value() > 0 && cell.value() < threshold);
	}

	@Provide
	Arbitrary<long[][]> tables() {
		Arbitrary<Long> count = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(0L)),
				net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 12)),
				net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(10, 60)),
				net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(60, 2000)));
		return Arbitraries.integers()
			.between(1, 7)
			.flatMap((rows) -> Arbitraries.integers()
				.between(1, 7)
				.flatMap((columns) -> count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)));
	}

	@Provide
	Arbitrary<long[]> rows() {
		return Arbitraries
			.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
					net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 12)),
					net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(10, 80)))
			.array(long[].class)
			.ofMinSize(1)
			.ofMaxSize(9);
	}

	@Provide
	Arbitrary<Integer> thresholds() {
		return Arbitraries.of(3, 5, 10);
	}

}
