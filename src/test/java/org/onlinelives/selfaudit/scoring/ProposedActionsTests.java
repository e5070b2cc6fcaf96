package org.onlinelives.selfaudit.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.onlinelives.selfaudit.scoring.AuditScoresBuilder.FRAMEWORK;
import static org.onlinelives.selfaudit.scoring.AuditScoresBuilder.audit;

class ProposedActionsTests {

	@ParameterizedTest(name = "a score of {0} proposes an action: {1}")
	@CsvSource({ "0, true", "1, true", "2, false", "3, false", "4, false" })
	void proposesActionsForZeroAndOneOnly(int score, boolean proposed) {
		AuditScores scores = audit().with("2.5", score).build();
		assertThat(ProposedActions.from(scores)).hasSize(proposed ? 1 : 0);
	}

	@Test
	void usesTheStatementsSuggestedAction() {
		AuditScores scores = audit().allScored(3).with("4.6", 0).with("1.1", 1).build();
		assertThat(ProposedActions.from(scores))
			.extracting(ProposedAction::statementNumber, ProposedAction::score, ProposedAction::action)
			.containsExactly(tuple("1.1", 1, FRAMEWORK.statement("1.1").orElseThrow().suggestedAction()),
					tuple("4.6", 0, FRAMEWORK.statement("4.6").orElseThrow().suggestedAction()));
	}

	@Test
	void proposesAnActionForEveryStatementWhenAllScoreZero() {
		assertThat(ProposedActions.from(audit().allScored(0).build())).hasSize(36);
	}

	@Test
	void proposesNothingForUnscoredStatements() {
		assertThat(ProposedActions.from(audit().build())).isEmpty();
		assertThat(ProposedActions.from(audit().allScored(2).with("3.3", null).build())).isEmpty();
	}

}
