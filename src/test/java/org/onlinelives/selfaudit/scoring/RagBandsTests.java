package org.onlinelives.selfaudit.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RagBandsTests {

	@Test
	void defaultsToAmberFromFiftyAndGreenFromSeventyFivePercent() {
		assertThat(RagBands.DEFAULT.amberFromPercent()).isEqualTo(50);
		assertThat(RagBands.DEFAULT.greenFromPercent()).isEqualTo(75);
	}

	@ParameterizedTest(name = "{0} out of {1} is {2}")
	@CsvSource({ "0, 24, RED", "11, 24, RED", "12, 24, AMBER", "17, 24, AMBER", "18, 24, GREEN", "24, 24, GREEN",
			"0, 144, RED", "71, 144, RED", "72, 144, AMBER", "107, 144, AMBER", "108, 144, GREEN", "144, 144, GREEN" })
	void bandsSectionAndOverallTotalsWithThresholdsTakingTheHigherBand(int total, int maximum, RagBand band) {
		assertThat(RagBands.DEFAULT.bandFor(total, maximum)).isEqualTo(band);
	}

	@ParameterizedTest(name = "{0} out of {1} with amber from 40% and green from 80% is {2}")
	@CsvSource({ "9, 24, RED", "10, 25, AMBER", "19, 24, AMBER", "20, 25, GREEN", "57, 144, RED", "58, 144, AMBER",
			"115, 144, AMBER", "116, 144, GREEN" })
	void usesConfiguredThresholds(int total, int maximum, RagBand band) {
		assertThat(new RagBands(40, 80).bandFor(total, maximum)).isEqualTo(band);
	}

	@Test
	void acceptsTheWidestThresholds() {
		RagBands widest = new RagBands(0, 100);
		assertThat(widest.bandFor(0, 24)).isEqualTo(RagBand.AMBER);
		assertThat(widest.bandFor(23, 24)).isEqualTo(RagBand.AMBER);
		assertThat(widest.bandFor(24, 24)).isEqualTo(RagBand.GREEN);
	}

	@ParameterizedTest(name = "amber from {0}%, green from {1}%")
	@CsvSource({ "75, 50", "60, 60", "-1, 50", "50, 101", "-10, 120" })
	void refusesThresholdsOutOfOrderOrOutsideZeroToOneHundred(int amber, int green) {
		assertThatIllegalArgumentException().isThrownBy(() -> new RagBands(amber, green))
			.withMessageContaining("threshold");
	}

	@ParameterizedTest(name = "{0} out of {1}")
	@CsvSource({ "-1, 24", "25, 24", "0, 0" })
	void refusesImpossibleTotals(int total, int maximum) {
		assertThatIllegalArgumentException().isThrownBy(() -> RagBands.DEFAULT.bandFor(total, maximum));
	}

	@Test
	void bandsAScoredSection() {
		AuditScores scores = AuditScoresBuilder.audit().section(1, 2).section(2, 3).section(3, 1).build();
		assertThat(scores.section(1).band(RagBands.DEFAULT)).isEqualTo(RagBand.AMBER);
		assertThat(scores.section(2).band(RagBands.DEFAULT)).isEqualTo(RagBand.GREEN);
		assertThat(scores.section(3).band(RagBands.DEFAULT)).isEqualTo(RagBand.RED);
		assertThat(scores.section(4).band(RagBands.DEFAULT)).isEqualTo(RagBand.NOT_SCORED);
	}

}
