package org.onlinelives.strategy.plan;

import java.util.List;

import org.onlinelives.platform.rules.RuleRefusal;

/**
 * A plan rule refused a change. Its problems are {@link RuleRefusal.Problem}s.
 */
public class StrategyRuleException extends RuleRefusal {

	public StrategyRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public StrategyRuleException(List<Problem> problems) {
		super(problems);
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new StrategyRuleException(problems);
		}
	}

}
