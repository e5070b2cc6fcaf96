package org.onlinelives.selfaudit.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsExportsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)" })
	void cellsThatWouldRunAsFormulasAreQuoted(String text) {
		assertThat(ResultsExports.safe(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dudley CAMHS", "", "12.5" })
	void otherCellsAreLeftAlone(String text) {
		assertThat(ResultsExports.safe(text)).isEqualTo(text);
	}

}
