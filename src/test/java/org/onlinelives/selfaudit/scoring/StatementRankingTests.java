package org.onlinelives.selfaudit.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.onlinelives.selfaudit.scoring.AuditScoresBuilder.audit;

class StatementRankingTests {

	@Test
	void listsTheHighestScoresFirst() {
		AuditScores scores = audit().allScored(2).with("4.2", 4).with("1.3", 3).build();
		assertThat(StatementRanking.strongest(scores, 2)).extracting(StatementScore::statementNumber)
			.containsExactly("4.2", "1.3");
	}

	@Test
	void listsTheLowestScoresFirst() {
		AuditScores scores = audit().allScored(2).with("5.5", 0).with("2.6", 1).build();
		assertThat(StatementRanking.weakest(scores, 2)).extracting(StatementScore::statementNumber)
			.containsExactly("5.5", "2.6");
	}

	@Test
	void ordersTiesByStatementNumber() {
		AuditScores scores = audit().allScored(2)
			.with("6.1", 4)
			.with("2.3", 4)
			.with("2.1", 4)
			.with("5.4", 0)
			.with("1.6", 0)
			.with("3.2", 0)
			.build();
		assertThat(StatementRanking.strongest(scores, 3)).extracting(StatementScore::statementNumber)
			.containsExactly("2.1", "2.3", "6.1");
		assertThat(StatementRanking.weakest(scores, 3)).extracting(StatementScore::statementNumber)
			.containsExactly("1.6", "3.2", "5.4");
	}

	@Test
	void breaksTiesAtTheLimitByStatementNumber() {
		AuditScores scores = audit().allScored(3).build();
		assertThat(StatementRanking.strongest(scores, 3)).extracting(StatementScore::statementNumber)
			.containsExactly("1.1", "1.2", "1.3");
		assertThat(StatementRanking.weakest(scores, 3)).extracting(StatementScore::statementNumber)
			.containsExactly("1.1", "1.2", "1.3");
	}

	@Test
	void ranksOnlyScoredStatements() {
		AuditScores scores = audit().with("3.3", 1).with("4.4", 3).build();
		assertThat(StatementRanking.strongest(scores, 5)).extracting(StatementScore::statementNumber)
			.containsExactly("4.4", "3.3");
		assertThat(StatementRanking.weakest(scores, 5)).extracting(StatementScore::statementNumber)
			.containsExactly("3.3", "4.4");
		assertThat(StatementRanking.weakest(audit().build(), 5)).isEmpty();
	}

	@Test
	void carriesTheScoreAndStatement() {
		AuditScores scores = audit().with("5.3", 1).build();
		StatementScore weakest = StatementRanking.weakest(scores, 1).get(0);
		assertThat(weakest.score()).isEqualTo(1);
		assertThat(weakest.statement().text())
			.isEqualTo("All our staff are trained to keep evidence in the right way.");
	}

	@Test
	void refusesANegativeLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementRanking.strongest(audit().build(), -1));
		assertThat(StatementRanking.strongest(audit().allScored(1).build(), 0)).isEmpty();
	}

}
