package org.onlinelives.platform.rules;

import java.util.List;

/**
 * An aggregate refused a change. Lists every problem found, each naming the form field it
 * is about (or none, for the whole page) and a message key, so a page can show them all
 * at once and the API can name them. Each module throws its own subclass, so a handler
 * catches only its module's refusals.
 */
public abstract class RuleRefusal extends RuntimeException {

	/**
	 * One broken rule: the field (null for the whole page), its message key and the
	 * message's arguments.
	 */
	public record Problem(String field, String messageKey, List<Object> arguments) {

		public Problem(String field, String messageKey) {
			this(field, messageKey, List.of());
		}

		public Problem {
			arguments = List.copyOf(arguments);
		}

	}

	private final transient List<Problem> problems;

	protected RuleRefusal(List<Problem> problems) {
		super(problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** The first problem's field. */
	public String field() {
		return this.problems.get(0).field();
	}

	/** The first problem's message key. */
	public String messageKey() {
		return this.problems.get(0).messageKey();
	}

}
