package org.onlinelives.casedata.returns;

import java.util.List;

/**
 * A return or timetable rule refused a change. Lists every problem found, each naming the
 * form field it is about (or null for the whole form) and a message key, so the page can
 * show them all at once and the API can name them.
 */
public class ReturnRuleException extends RuntimeException {

	/** One broken rule: the field (null for the whole form) and its message key. */
	public record Problem(String field, String messageKey) {
	}

	private final transient List<Problem> problems;

	public ReturnRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public ReturnRuleException(List<Problem> problems) {
		super(problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new ReturnRuleException(problems);
		}
	}

}
