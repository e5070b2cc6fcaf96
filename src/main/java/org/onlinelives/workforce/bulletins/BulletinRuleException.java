package org.onlinelives.workforce.bulletins;

import java.util.List;

import org.onlinelives.platform.rules.RuleRefusal;

/**
 * A bulletin or code-of-conduct rule refused a change. Its problems are
 * {@link RuleRefusal.Problem}s.
 */
public class BulletinRuleException extends RuleRefusal {

	public BulletinRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public BulletinRuleException(List<Problem> problems) {
		super(problems);
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new BulletinRuleException(problems);
		}
	}

}
