package org.onlinelives.survey.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Relative risks and 95 % intervals checked against values worked out by hand from 2×2
 * tables: RR = (a/n1)/(c/n2); SE(ln RR) = √(1/a − 1/n1 + 1/c − 1/n2); CI = exp(ln RR ±
 * 1.959964·SE).
 */
class RelativeRiskTests {

	@Test
	void zIsTheNormalQuantileFromCommonsMath() {
		assertThat(RelativeRisk.Z_95).isCloseTo(1.959964, within(1e-6));
	}

	// Worked from each 2×2 table by hand, exponentials with a calculator:
	// 30/100 vs 15/100: RR 2; SE = √(1/30 − 1/100 + 1/15 − 1/100) = √0.08 = 0.282843;
	// CI = exp(0.693147 ± 0.554363) = 1.14888 to 3.48166
	// 20/50 vs 40/400: RR 4; SE = √(0.05 − 0.02 + 0.025 − 0.0025) = √0.0525 = 0.229129;
	// CI = exp(1.386294 ± 0.449085) = 2.55285 to 6.26751
	// 10/100 vs 12/100: RR 0.8333; SE = √(0.1 − 0.01 + 0.083333 − 0.01) =
	// 0.404145; CI = exp(−0.182322 ± 0.792109) = 0.37741 to 1.84004 (not significant)
	// 5/40 vs 45/60: RR 0.16667; SE = √(0.2 − 0.025 + 0.022222 − 0.016667) = 0.424918;
	// CI = exp(−1.791759 ± 0.832824) = 0.07247 to 0.38330 (significantly lower)
	@ParameterizedTest
	@CsvSource({ "30,100,15,100,2.0,1.14888,3.48166,true", "20,50,40,400,4.0,2.55285,6.26751,true",
			"10,100,12,100,0.833333,0.37741,1.84004,false", "5,40,45,60,0.166667,0.07247,0.38330,true" })
	void matchesHandWorkedTables(int a, int n1, int c, int n2, double rr, double lower, double upper,
			boolean significant) {
		RelativeRisk risk = RelativeRisk.of(a, n1, c, n2);
		assertThat(risk.estimate()).isCloseTo(rr, within(1e-5));
		assertThat(risk.lower()).isCloseTo(lower, within(5e-5));
		assertThat(risk.upper()).isCloseTo(upper, within(5e-5));
		assertThat(risk.significant()).isEqualTo(significant);
	}

	@Test
	void aNinetyNinePerCentIntervalIsWider() {
		RelativeRisk ninetyFive = RelativeRisk.of(30, 100, 15, 100, 0.95);
		RelativeRisk ninetyNine = RelativeRisk.of(30, 100, 15, 100, 0.99);
		// z = 2.575829: exp(0.693147 ± 0.728558) = 0.96521 to 4.14417
		assertThat(ninetyNine.lower()).isCloseTo(0.96521, within(5e-5));
		assertThat(ninetyNine.upper()).isCloseTo(4.14417, within(5e-5));
		assertThat(ninetyNine.lower()).isLessThan(ninetyFive.lower());
	}

	@ParameterizedTest
	@CsvSource({ "0,100,15,100", "30,100,0,100", "30,0,15,100", "30,100,15,0", "101,100,15,100" })
	void isUndefinedWhenACellOrBaseIsEmpty(int a, int n1, int c, int n2) {
		assertThat(RelativeRisk.of(a, n1, c, n2)).isNull();
	}

	@Test
	void roundsToOneDecimalPlace() {
		RelativeRisk risk = RelativeRisk.of(30, 100, 15, 100);
		assertThat(risk.rounded()).isEqualTo(2.0);
		assertThat(risk.roundedLower()).isEqualTo(1.1);
		assertThat(risk.roundedUpper()).isEqualTo(3.5);
	}

}
