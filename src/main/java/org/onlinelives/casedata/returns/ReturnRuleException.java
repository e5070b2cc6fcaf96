package org.onlinelives.casedata.returns;

import java.util.List;

import org.onlinelives.platform.rules.RuleRefusal;

/**
 * A return or timetable rule refused a change. Its problems are
 * {@link RuleRefusal.Problem}s.
 */
public class ReturnRuleException extends RuleRefusal {

	public ReturnRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public ReturnRuleException(List<Problem> problems) {
		super(problems);
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ReturnRuleException(problems);
		}
	}

}
