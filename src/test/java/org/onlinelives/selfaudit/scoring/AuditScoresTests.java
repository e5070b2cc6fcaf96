package org.onlinelives.selfaudit.scoring;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.onlinelives.selfaudit.scoring.AuditScoresBuilder.FRAMEWORK;
import static org.onlinelives.selfaudit.scoring.AuditScoresBuilder.audit;

class AuditScoresTests {

	@Test
	void allZeroScoresNothing() {
		AuditScores scores = audit().allScored(0).build();
		assertThat(scores.sections()).allSatisfy((section) -> {
			assertThat(section.total()).isZero();
			assertThat(section.maximum()).isEqualTo(24);
			assertThat(section.percent()).isZero();
			assertThat(section.isComplete()).isTrue();
		});
		assertThat(scores.overall().total()).isZero();
		assertThat(scores.overall().maximum()).isEqualTo(144);
		assertThat(scores.overall().scoredStatements()).isEqualTo(36);
	}

	@Test
	void allFourScoresTwentyFourASectionAndOneHundredAndFortyFourOverall() {
		AuditScores scores = audit().allScored(4).build();
		assertThat(scores.sections()).allSatisfy((section) -> {
			assertThat(section.total()).isEqualTo(24);
			assertThat(section.percent()).isEqualTo(100.0);
		});
		assertThat(scores.overall().total()).isEqualTo(144);
		assertThat(scores.overall().percent()).isEqualTo(100.0);
		assertThat(scores.overall().isComplete()).isTrue();
	}

	@Test
	void sectionsAreTalliedSeparately() {
		AuditScores scores = audit().section(1, 1).section(2, 2).section(3, 3).section(4, 4).section(5, 0).build();
		assertThat(scores.sections()).extracting(SectionResult::total).containsExactly(6, 12, 18, 24, 0, 0);
		assertThat(scores.sections()).extracting(SectionResult::title)
			.containsExactly("Data", "Staff training", "Assessment tools", "Data protection and sharing",
					"Safeguarding", "Working with parents/carers");
		assertThat(scores.section(6).scoredStatements()).isZero();
		assertThat(scores.overall().total()).isEqualTo(60);
	}

	@Test
	void unscoredStatementsCountAsNotScoredAndThePercentIsOfTheFullMaximum() {
		AuditScores scores = audit().with("2.1", 4).with("2.2", 4).with("2.3", 4).build();
		SectionResult section = scores.section(2);
		assertThat(section.total()).isEqualTo(12);
		assertThat(section.scoredStatements()).isEqualTo(3);
		assertThat(section.unscoredStatements()).isEqualTo(3);
		assertThat(section.isComplete()).isFalse();
		assertThat(section.percent()).isEqualTo(50.0);
		assertThat(scores.overall().total()).isEqualTo(12);
		assertThat(scores.overall().scoredStatements()).isEqualTo(3);
		assertThat(scores.overall().statementCount()).isEqualTo(36);
		assertThat(scores.overall().percent()).isCloseTo(8.333, within(0.001));
	}

	@Test
	void aNullScoreMeansNotScored() {
		AuditScores scores = audit().with("1.1", null).with("1.2", 3).build();
		assertThat(scores.scoreFor("1.1")).isEmpty();
		assertThat(scores.scoreFor("1.2")).hasValue(3);
		assertThat(scores.section(1).scoredStatements()).isEqualTo(1);
	}

	@Test
	void anEmptyAuditIsNotScoredRatherThanRed() {
		AuditScores scores = audit().build();
		assertThat(scores.overall().scoredStatements()).isZero();
		assertThat(scores.overall().band(RagBands.DEFAULT)).isEqualTo(RagBand.NOT_SCORED);
		assertThat(scores.section(1).band(RagBands.DEFAULT)).isEqualTo(RagBand.NOT_SCORED);
	}

	@Test
	void aPartScoredSectionIsBandedOnItsFullMaximum() {
		AuditScores scores = audit().with("3.1", 4).with("3.2", 4).build();
		assertThat(scores.section(3).band(RagBands.DEFAULT)).isEqualTo(RagBand.RED);
	}

	@Test
	void scoredStatementsAreInPublishedOrder() {
		AuditScores scores = audit().with("6.6", 1).with("1.2", 2).with("3.4", 3).build();
		assertThat(scores.scoredStatements()).extracting(StatementScore::statementNumber)
			.containsExactly("1.2", "3.4", "6.6");
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 5, 10 })
	void refusesScoresOffTheScale(int score) {
		assertThatIllegalArgumentException().isThrownBy(() -> audit().with("2.2", score).build())
			.withMessage("The score for statement 2.2 must be 0 to 4; got " + score);
	}

	@ParameterizedTest
	@ValueSource(strings = { "7.1", "1.7", "0.1", "", "x" })
	void refusesUnknownStatements(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> audit().with(number, 2).build())
			.withMessage("Statement " + number + " is not in audit framework 2026-1");
	}

	@Test
	void doesNotChangeWhenTheCallersMapChanges() {
		Map<String, Integer> input = new HashMap<>(Map.of("1.1", 4));
		AuditScores scores = AuditScores.of(FRAMEWORK, input);
		input.put("1.2", 4);
		assertThat(scores.overall().total()).isEqualTo(4);
	}

}
