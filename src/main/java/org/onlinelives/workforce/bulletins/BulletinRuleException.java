package org.onlinelives.workforce.bulletins;

import java.util.List;

/**
 * A bulletin or code-of-conduct rule refused a change. Lists every problem found, each
 * naming the form field it is about (or none) and a message key, so the page can show
 * them all at once.
 */
public class BulletinRuleException extends RuntimeException {

	/** One broken rule: the field (null for the whole form) and its message key. */
	public record Problem(String field, String messageKey) {
	}

	private final transient List<Problem> problems;

	public BulletinRuleException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public BulletinRuleException(List<Problem> problems) {
		super(problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	public String messageKey() {
		return this.problems.get(0).messageKey();
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new BulletinRuleException(problems);
		}
	}

}
