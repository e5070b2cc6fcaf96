package org.onlinelives.survey.analysis;

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

}
