package org.onlinelives.casedata.casestudies;

import java.util.List;

/**
 * A case study rule refused a change. Lists every problem found, each naming the form
 * field it is about (or none, for the whole page) and a message key.
 */
public class CaseStudyRuleException extends RuntimeException {

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

	public CaseStudyRuleException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, List.of(arguments))));
	}

	public CaseStudyRuleException(List<Problem> problems) {
		super(problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new CaseStudyRuleException(problems);
		}
	}

}
