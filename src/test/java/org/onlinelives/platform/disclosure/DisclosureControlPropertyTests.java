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
	Arbitrary<Integer> thresholds() {
		return Arbitraries.of(3, 5, 10);
	}

}
