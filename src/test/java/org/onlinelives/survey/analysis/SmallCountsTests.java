package org.onlinelives.survey.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCountsTests {

	@ParameterizedTest(name = "{0} of {1} shown: {2}")
	@CsvSource({ "10,29,false", "10,30,true", "0,30,true", "30,30,true", "1,30,false", "4,30,false", "5,30,true",
			"26,30,false", "25,30,true", "29,30,false", "500,1000,true" })
	void showsOnlyLargeEnoughBasesWithoutSmallCells(int count, int base, boolean shown) {
		assertThat(SmallCounts.shows(count, base)).isEqualTo(shown);
		assertThat(Share.of(count, base).shown()).isEqualTo(shown);
	}

	@Test
	void aGroupAndEveryoneElseAreShownOnlyTogether() {
		assertThat(SmallCounts.pair(Share.of(40, 100), Share.of(90, 900))).containsExactly(new Share(40, 100, true),
				new Share(90, 900, true));
		assertThat(SmallCounts.pair(Share.of(2, 100), Share.of(90, 900))).containsExactly(new Share(2, 100, false),
				new Share(90, 900, false));
		assertThat(SmallCounts.pair(Share.of(40, 100), Share.of(3, 25))).containsExactly(new Share(40, 100, false),
				new Share(3, 25, false));
	}

	@Test
	void aCategoryHiddenAloneTakesAnotherWithItWhereEveryoneLessTheShownOnesWouldGiveItAway() {
		// everyone is in a category: the 30 would be everyone less the two shown
		assertThat(SmallCounts.categories(List.of(Share.of(60, 600), Share.of(37, 370), Share.of(3, 30)),
				Share.of(100, 1000)))
			.containsExactly(new Share(60, 600, true), new Share(37, 370, false), new Share(3, 30, false));
		// 40 in none: what the hidden one and those add up to does not pin either down
		assertThat(SmallCounts.categories(List.of(Share.of(60, 600), Share.of(36, 340), Share.of(2, 20)),
				Share.of(100, 1000)))
			.containsExactly(new Share(60, 600, true), new Share(36, 340, true), new Share(2, 20, false));
		// two hidden already: only their sum can be worked out
		assertThat(SmallCounts.categories(List.of(Share.of(90, 950), Share.of(2, 25), Share.of(2, 25)),
				Share.of(94, 1000)))
			.containsExactly(new Share(90, 950, true), new Share(2, 25, false), new Share(2, 25, false));
		// a category nobody is in gives nothing away
		assertThat(SmallCounts.categories(List.of(Share.of(60, 600), Share.of(40, 400), Share.of(0, 0)),
				Share.of(100, 1000)))
			.containsExactly(new Share(60, 600, true), new Share(40, 400, true), new Share(0, 0, false));
		// the only category, holding everyone: hidden, as everyone's own figure is
		assertThat(SmallCounts.categories(List.of(Share.of(3, 25)), Share.of(3, 25)))
			.containsExactly(new Share(3, 25, false));
	}

}
