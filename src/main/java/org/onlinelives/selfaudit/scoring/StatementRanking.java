package org.onlinelives.selfaudit.scoring;

import java.util.Comparator;
import java.util.List;

/**
 * An audit's strongest and weakest statements. Only scored statements are ranked. Equal
 * scores are listed in statement number order (1.1 before 1.2 before 2.1), so the lists
 * are stable. With few statements scored, a statement can appear in both lists.
 */
public final class StatementRanking {

	private StatementRanking() {
	}

	public static List<StatementScore> strongest(AuditScores audit, int limit) {
		return ranked(audit, Comparator.comparingInt(StatementScore::score).reversed(), limit);
	}

	public static List<StatementScore> weakest(AuditScores audit, int limit) {
		return ranked(audit, Comparator.comparingInt(StatementScore::score), limit);
	}

	private static List<StatementScore> ranked(AuditScores audit, Comparator<StatementScore> byScore, int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("The number of statements to list cannot be negative; got " + limit);
		}
		return audit.scoredStatements()
			.stream()
			.sorted(byScore.thenComparing(StatementScore.BY_STATEMENT_NUMBER))
			.limit(limit)
			.toList();
	}

}
