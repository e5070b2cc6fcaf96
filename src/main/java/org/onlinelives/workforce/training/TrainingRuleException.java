package org.onlinelives.workforce.training;

import java.util.List;

import org.onlinelives.platform.rules.RuleRefusal;

/**
 * A training rule refused a change. Its problems are {@link RuleRefusal.Problem}s.
 */
public class TrainingRuleException extends RuleRefusal {

	public TrainingRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public TrainingRuleException(List<Problem> problems) {
		super(problems);
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new TrainingRuleException(problems);
		}
	}

}
