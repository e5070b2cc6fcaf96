package org.onlinelives.selfaudit.web;

import org.junit.jupiter.api.Test;
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

	@Test
	void downloadsAreNamedByTheirCycleNotItsNumber() {
		assertThat(ResultsExports.fileName("Self-audit 2026 to 2027", "csv"))
			.isEqualTo("self-audit-results-self-audit-2026-to-2027.csv");
		assertThat(ResultsExports.reportFileName("Sainte-Thérèse Youth Service", "Autumn 2026"))
			.isEqualTo("self-audit-sainte-therese-youth-service-autumn-2026.pdf");
		assertThat(ResultsExports.reportFileName("???", "Autumn 2026")).isEqualTo("self-audit-autumn-2026.pdf");
	}

}
