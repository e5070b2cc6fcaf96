package org.onlinelives.selfaudit.scoring;

import org.onlinelives.selfaudit.framework.FrameworkStatement;

/**
 * An action proposed for a low-scoring statement, before anyone takes ownership of it.
 *
 * @param statement the statement that scored low
 * @param score the score it was given
 * @param action the proposed action, from the statement's suggested action
 */
public record ProposedAction(FrameworkStatement statement, int score, String action) {

	public String statementNumber() {
		return this.statement.number();
	}

}
