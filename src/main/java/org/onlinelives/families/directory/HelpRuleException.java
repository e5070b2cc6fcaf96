package org.onlinelives.families.directory;

import java.util.List;

/**
 * A directory or advice pack rule refused a change. Lists every problem found, each
 * naming the form field it is about (or none) and a message key, so the page can show
 * them all at once.
 */
public class HelpRuleException extends RuntimeException {

	/** One broken rule: the field (null for the whole form) and its message key. */
	public record Problem(String field, String messageKey) {
	}

	private final transient List<Problem> problems;

	public HelpRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public HelpRuleException(List<Problem> problems) {
		super(problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	public static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new HelpRuleException(problems);
		}
	}

}
