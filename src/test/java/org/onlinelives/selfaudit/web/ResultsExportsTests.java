package org.onlinelives.selfaudit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsExportsTests {

	@Test
	void downloadsAreNamedByTheirCycleNotItsNumber() {
		assertThat(ResultsExports.fileName("Self-audit 2026 to 2027", "csv"))
			.isEqualTo("self-audit-results-self-audit-2026-to-2027.csv");
		assertThat(ResultsExports.reportFileName("Sainte-Thérèse Youth Service", "Autumn 2026"))
			.isEqualTo("self-audit-sainte-therese-youth-service-autumn-2026.pdf");
		assertThat(ResultsExports.reportFileName("???", "Autumn 2026")).isEqualTo("self-audit-autumn-2026.pdf");
	}

}
