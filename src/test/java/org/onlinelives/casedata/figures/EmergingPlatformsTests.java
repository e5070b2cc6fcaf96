package org.onlinelives.casedata.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onlinelives.casedata.figures.EmergingPlatforms.NewPlatform;
import org.onlinelives.casedata.figures.EmergingPlatforms.Rise;

import static org.assertj.core.api.Assertions.assertThat;

class EmergingPlatformsTests {

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	private static PlatformQuarters platform(String label, String first, long cases, long online, long before) {
		return new PlatformQuarters(label, YearMonth.parse(first), cases, online, before);
	}

	@ParameterizedTest
	@CsvSource({ "2026-01, 2026-01", "2026-03, 2026-01", "2026-04, 2026-04", "2026-09, 2026-07", "2026-12, 2026-10" })
	void quartersStartInJanuaryAprilJulyAndOctober(String month, String start) {
		assertThat(EmergingPlatforms.quarterStart(YearMonth.parse(month))).isEqualTo(YearMonth.parse(start));
	}

	@Test
	void platformsFirstRecordedThisQuarterAreNewMostCasesFirst() {
		EmergingPlatforms emerging = EmergingPlatforms.of(NOVEMBER, true,
				List.of(platform("Snapchat", "2025-02", 30, 28, 20), platform("Yubo", "2026-10", 2, 2, 0),
						platform("Wink", "2026-11", 5, 4, 0), platform("Old app", "2026-09", 1, 1, 3),
						platform("Alpha", "2026-11", 2, 2, 0)),
				100L, 80L);
		assertThat(emerging.from()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(emerging.to()).isEqualTo(NOVEMBER);
		assertThat(emerging.newThisQuarter()).containsExactly(new NewPlatform("Wink", 5L), new NewPlatform("Alpha", 2L),
				new NewPlatform("Yubo", 2L));
	}

	@Test
	void withNoEarlierCaseNothingIsNew() {
		EmergingPlatforms emerging = EmergingPlatforms.of(NOVEMBER, false,
				List.of(platform("Yubo", "2026-10", 2, 2, 0)), 10L, 0L);
		assertThat(emerging.comparable()).isFalse();
		assertThat(emerging.newThisQuarter()).isEmpty();
	}

	@Test
	void risesAreInPercentagePointsOfEachQuartersOnlineCasesLargestFirstTopFive() {
		// this quarter 200 online cases, the previous 100
		EmergingPlatforms emerging = EmergingPlatforms.of(NOVEMBER, true, List.of(platform("A", "2024-01", 0, 100, 10), // 10%
																														// ->
																														// 50%:
																														// +40
				platform("B", "2024-01", 0, 40, 10), // 10% -> 20%: +10
				platform("C", "2024-01", 0, 20, 20), // 20% -> 10%: fell
				platform("D", "2024-01", 0, 30, 0), // 0% -> 15%: +15
				platform("E", "2024-01", 0, 22, 10), // 10% -> 11%: +1
				platform("F", "2024-01", 0, 25, 10), // 10% -> 12.5%: +2.5
				platform("G", "2024-01", 0, 21, 10), // 10% -> 10.5%: +0.5
				platform("H", "2024-01", 0, 20, 10)), // 10% -> 10%: no rise
				200L, 100L);
		assertThat(emerging.roseMost()).extracting(Rise::label).containsExactly("A", "D", "B", "F", "E");
		Rise top = emerging.roseMost().get(0);
		assertThat(top.previousShare()).isEqualByComparingTo(new BigDecimal("10.0"));
		assertThat(top.share()).isEqualByComparingTo(new BigDecimal("50.0"));
		assertThat(top.points()).isEqualByComparingTo(new BigDecimal("40.0"));
		assertThat(emerging.roseMost().get(3).points()).isEqualByComparingTo(new BigDecimal("2.5"));
	}

	@Test
	void sharesRoundToOneDecimalPlaceButRankOnTheExactRise() {
		// Down: 1 of 3 (33.3%) to 2 of 100; Up: 1 of 3 to 34 of 100, a rise of 0.666..
		// points
		EmergingPlatforms emerging = EmergingPlatforms.of(NOVEMBER, true,
				List.of(platform("Down", "2024-01", 0, 2, 1), platform("Up", "2024-01", 0, 34, 1)), 100L, 3L);
		assertThat(emerging.roseMost()).extracting(Rise::label).containsExactly("Up");
		assertThat(emerging.roseMost().get(0).previousShare()).isEqualByComparingTo(new BigDecimal("33.3"));
		assertThat(emerging.roseMost().get(0).points()).isEqualByComparingTo(new BigDecimal("0.7"));
	}

	@Test
	void withoutCasesInBothQuartersNothingIsRanked() {
		List<PlatformQuarters> platforms = List.of(platform("A", "2024-01", 0, 10, 0));
		assertThat(EmergingPlatforms.of(NOVEMBER, true, platforms, 10L, 0L).roseMost()).isEmpty();
		assertThat(EmergingPlatforms.of(NOVEMBER, true, platforms, 0L, 10L).roseMost()).isEmpty();
	}

	@Test
	void withheldCountsAreNeverRankedAndWithheldTotalsRankNothing() {
		List<PlatformQuarters> platforms = List.of(
				new PlatformQuarters("Withheld now", YearMonth.of(2024, 1), 0L, null, 10L),
				new PlatformQuarters("Withheld before", YearMonth.of(2024, 1), 0L, 50L, null),
				platform("Shown", "2024-01", 0, 60, 10));
		assertThat(EmergingPlatforms.of(NOVEMBER, true, platforms, 100L, 100L).roseMost()).extracting(Rise::label)
			.containsExactly("Shown");
		assertThat(EmergingPlatforms.of(NOVEMBER, true, platforms, null, 100L).roseMost()).isEmpty();
		assertThat(EmergingPlatforms.of(NOVEMBER, true, platforms, 100L, null).roseMost()).isEmpty();
	}

	@Test
	void aWithheldCountOfANewPlatformIsListedAfterTheCountedOnes() {
		EmergingPlatforms emerging = EmergingPlatforms.of(NOVEMBER, true,
				List.of(new PlatformQuarters("Aardvark", YearMonth.of(2026, 10), null, null, 0L),
						platform("Zebra", "2026-11", 6, 6, 0)),
				100L, 100L);
		assertThat(emerging.newThisQuarter()).containsExactly(new NewPlatform("Zebra", 6L),
				new NewPlatform("Aardvark", null));
	}

}
