package org.onlinelives.selfaudit.results;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkLoader;
import org.onlinelives.selfaudit.scoring.RagBand;
import org.onlinelives.selfaudit.scoring.RagBands;

import static org.assertj.core.api.Assertions.assertThat;

class AuditResultsTests {

	private static final AuditFramework FRAMEWORK = new FrameworkLoader().loadDefault();

	private static AuditResults allScored(int score) {
		Map<String, Integer> scores = new HashMap<>();
		FRAMEWORK.statements().forEach((statement) -> scores.put(statement.number(), score));
		return AuditResults.of(FRAMEWORK, scores, RagBands.DEFAULT);
	}

	@Test
	void fullMarksFillEveryBarAndAreGreen() {
		AuditResults results = allScored(4);
		assertThat(results.overall().result().total()).isEqualTo(144);
		assertThat(results.overall().band()).isEqualTo(RagBand.GREEN);
		assertThat(results.sectionBars()).hasSize(6)
			.allSatisfy((bar) -> assertThat(bar.width()).isEqualTo(AuditResults.BAR_AREA))
			.allSatisfy((bar) -> assertThat(bar.valueText()).isEqualTo("24/24 (100%)"));
		assertThat(results.profile()).hasSize(36)
			.allSatisfy((point) -> assertThat(point.height()).isEqualTo(4 * AuditResults.PROFILE_UNIT));
	}

	@Test
	void zeroScoresDrawAThinMarkSoTheBarIsStillSeen() {
		AuditResults results = allScored(0);
		assertThat(results.sectionBars()).allSatisfy((bar) -> assertThat(bar.width()).isZero());
		assertThat(results.profile()).allSatisfy((point) -> {
			assertThat(point.height()).isEqualTo(2);
			assertThat(point.scored()).isTrue();
			assertThat(point.fill()).isEqualTo(AuditResults.fill(RagBand.RED));
		});
		assertThat(results.overall().band()).isEqualTo(RagBand.RED);
	}

	@Test
	void halfMarksAreAmberAndBarsAreHalfWidth() {
		AuditResults results = allScored(2);
		assertThat(results.sections()).allSatisfy((row) -> {
			assertThat(row.band()).isEqualTo(RagBand.AMBER);
			assertThat(row.percent()).isEqualTo("50%");
		});
		assertThat(results.sectionBars()).allSatisfy((bar) -> assertThat(bar.width()).isEqualTo(160));
	}

	@Test
	void unscoredStatementsAreGreyAndSaidInTheDescription() {
		AuditResults results = AuditResults.of(FRAMEWORK, Map.of("1.1", 3), RagBands.DEFAULT);
		assertThat(results.profile().get(0).scored()).isTrue();
		assertThat(results.profile().get(1).scored()).isFalse();
		assertThat(results.profile().get(1).fill()).isEqualTo(AuditResults.fill(RagBand.NOT_SCORED));
		assertThat(results.profileDescription()).startsWith("1.1: 3. 1.2: not scored.");
		assertThat(results.sections().get(1).band()).isEqualTo(RagBand.NOT_SCORED);
		assertThat(results.sectionChartDescription()).contains("Section 1, Data: 3 out of 24, red.")
			.contains("not scored");
	}

	@Test
	void strongestAndWeakestListFiveEach() {
		Map<String, Integer> scores = new HashMap<>();
		int[] index = { 0 };
		FRAMEWORK.statements().forEach((statement) -> scores.put(statement.number(), index[0]++ % 5));
		AuditResults results = AuditResults.of(FRAMEWORK, scores, RagBands.DEFAULT);
		assertThat(results.strongest()).hasSize(5).allSatisfy((s) -> assertThat(s.score()).isEqualTo(4));
		assertThat(results.weakest()).hasSize(5).allSatisfy((s) -> assertThat(s.score()).isZero());
	}

	@Test
	void barsSitOneRowApartWithinTheChart() {
		AuditResults results = allScored(1);
		for (int i = 1; i < 6; i++) {
			assertThat(results.sectionBars().get(i).y() - results.sectionBars().get(i - 1).y())
				.isEqualTo(AuditResults.ROW_HEIGHT);
		}
		assertThat(results.sectionBars().get(5).y() + 24).isLessThan(results.sectionChartHeight());
		assertThat(results.profile().get(35).x() + 12).isLessThan(results.profileWidth());
	}

}
