package org.onlinelives.families.directory;

import java.util.List;

import org.onlinelives.platform.rules.RuleRefusal;

/**
 * A directory or advice pack rule refused a change. Its problems are
 * {@link RuleRefusal.Problem}s.
 */
public class HelpRuleException extends RuleRefusal {

	public HelpRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public HelpRuleException(List<Problem> problems) {
		super(problems);
	}

	public static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new HelpRuleException(problems);
		}
	}

}
