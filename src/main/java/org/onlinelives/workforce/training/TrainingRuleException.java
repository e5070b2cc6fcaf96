package org.onlinelives.workforce.training;

import java.util.List;

/**
 * A training rule refused a change. Lists every problem found, each naming the form field
 * it is about (or none) and a message key, so the page can show them all at once.
 */
public class TrainingRuleException extends RuntimeException {

	/** One broken rule: the field (null for the whole form) and its message key. */
	public record Problem(String field, String messageKey) {
	}

	private final transient List<Problem> problems;

	public TrainingRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public TrainingRuleException(List<Problem> problems) {
		super(problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** The first problem's field, or null for the whole form. */
	public String field() {
		return this.problems.get(0).field();
	}

	/** The first problem's message key. */
	public String messageKey() {
		return this.problems.get(0).messageKey();
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new TrainingRuleException(problems);
		}
	}

}
