package org.onlinelives.casedata.casestudies;

import java.util.List;

import org.onlinelives.platform.rules.RuleRefusal;

/**
 * A case study rule refused a change. Its problems are {@link RuleRefusal.Problem}s.
 */
public class CaseStudyRuleException extends RuleRefusal {

	public CaseStudyRuleException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, List.of(arguments))));
	}

	public CaseStudyRuleException(List<Problem> problems) {
		super(problems);
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new CaseStudyRuleException(problems);
		}
	}

}
