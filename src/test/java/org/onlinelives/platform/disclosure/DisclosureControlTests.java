package org.onlinelives.platform.disclosure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DisclosureControlTests {

	private static final DisclosurePolicy TEN = new DisclosurePolicy(10, false);

	@Test
	void aSmallCountIsSuppressedWithTheSmallestOtherCountSoTheTotalCannotRevealIt() {
		ProtectedTable table = DisclosureControl.protectOneWay(new long[] { 3, 40, 20 }, TEN);
		assertThat(table.cell(0, 0)).isEqualTo(new ProtectedCell(null, true, true));
		assertThat(table.cell(2, 0)).isEqualTo(new ProtectedCell(null, true, false));
		assertThat(table.cell(1, 0).value()).isEqualTo(40);
		assertThat(table.grandTotal().value()).isEqualTo(63);
	}

	@Test
	void zerosAndCountsAtTheThresholdAreShown() {
		ProtectedTable table = DisclosureControl.protectOneWay(new long[] { 0, 10, 25 }, TEN);
		assertThat(table.anySuppressed()).isFalse();
		assertThat(table.cell(0, 0).value()).isZero();
	}

	@Test
	void aSmallTotalIsSuppressedLikeAnyOtherFigure() {
		ProtectedTable table = DisclosureControl.protect(new long[][] { { 4, 0 }, { 30, 50 } }, TEN);
		assertThat(table.rowTotals().get(0).suppressed()).isTrue();
		assertThat(table.cell(0, 0).suppressed()).isTrue();
		assertThat(table.cell(0, 1).suppressed()).isFalse();
	}

	@Test
	void roundingGoesToTheNearestFive() {
		assertThat(DisclosureControl.roundToFive(12)).isEqualTo(10);
		assertThat(DisclosureControl.roundToFive(13)).isEqualTo(15);
		assertThat(DisclosureControl.roundToFive(0)).isZero();
		ProtectedTable table = DisclosureControl.protectOneWay(new long[] { 12, 23 }, new DisclosurePolicy(10, true));
		assertThat(table.cell(0, 0).value()).isEqualTo(10);
		assertThat(table.cell(1, 0).value()).isEqualTo(25);
		assertThat(table.grandTotal().value()).isEqualTo(35);
	}

	@Test
	void aCellWithheldWhateverItsSizeIsProtectedLikeASmallOne() {
		// a row of large counts the caller withholds (a share whose base is too small)
		long[][] counts = { { 60, 540 }, { 37, 333 }, { 12, 13 } };
		boolean[][] withheld = { { false, false }, { false, false }, { true, true } };
		ProtectedTable table = DisclosureControl.protect(counts, withheld, TEN);
		assertThat(table.cell(2, 0)).isEqualTo(new ProtectedCell(null, true, true));
		assertThat(table.cell(2, 1)).isEqualTo(new ProtectedCell(null, true, true));
		// the smaller other row goes with it; the totals stay
		assertThat(table.cell(1, 0).suppressed()).isTrue();
		assertThat(table.cell(1, 1).suppressed()).isTrue();
		assertThat(table.cell(0, 0).value()).isEqualTo(60);
		assertThat(table.columnTotals()).noneMatch(ProtectedCell::suppressed);
		assertThat(new SuppressionAttacker(counts, table).recovered(true)).isEmpty();
		// without it nothing is small
		assertThat(DisclosureControl.protect(counts, TEN).anySuppressed()).isFalse();
	}

	@Test
	void refusesNegativeCountsRaggedRowsAndNoThreshold() {
		assertThatIllegalArgumentException().isThrownBy(() -> DisclosureControl.protectOneWay(new long[] { -1 }, TEN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DisclosureControl.protect(new long[][] { { 1, 2 }, { 3 } }, TEN));
		assertThatIllegalArgumentException().isThrownBy(() -> new DisclosurePolicy(0, false));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DisclosureControl.protect(new long[][] { { 1, 2 } }, new boolean[][] { { true } }, TEN));
	}

}
