package org.onlinelives.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1" })
	void cellsThatWouldRunAsFormulasAreQuoted(String text) {
		assertThat(SpreadsheetCells.safe(text)).isEqualTo("'" + text);
		assertThat(SpreadsheetCells.safe((Object) text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dudley CAMHS", "", "12.5", "'=already quoted" })
	void otherCellsAreLeftAlone(String text) {
		assertThat(SpreadsheetCells.safe(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(longs = { -1, 0, 12 })
	void numbersAreLeftAlone(long number) {
		assertThat(SpreadsheetCells.safe(Long.valueOf(number))).isEqualTo(number);
	}

}
