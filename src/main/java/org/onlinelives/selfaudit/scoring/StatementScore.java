package org.onlinelives.selfaudit.scoring;

import java.util.Comparator;

import org.onlinelives.selfaudit.framework.FrameworkStatement;

/**
 * A score given to one statement.
 *
 * @param statement the statement
 * @param score the score, 0 to 4
 */
public record StatementScore(FrameworkStatement statement, int score) {

	static final Comparator<StatementScore> BY_STATEMENT_NUMBER = Comparator
		.comparingInt((StatementScore scored) -> scored.statement().sectionNumber())
		.thenComparingInt((scored) -> scored.statement().position());

	public String statementNumber() {
		return this.statement.number();
	}

}
