package org.onlinelives.selfaudit.framework;

import java.util.List;

/**
 * Thrown when framework content cannot be read or breaks the framework's rules. The
 * message lists every problem found, so content editors can fix them in one go.
 */
public class InvalidFrameworkException extends RuntimeException {

	private final List<String> problems;

	InvalidFrameworkException(String origin, List<String> problems) {
		super("The audit framework in " + origin + " is not valid:\n - " + String.join("\n - ", problems));
		this.problems = List.copyOf(problems);
	}

	InvalidFrameworkException(String origin, String problem, Throwable cause) {
		super("The audit framework in " + origin + " cannot be read: " + problem, cause);
		this.problems = List.of(problem);
	}

	public List<String> problems() {
		return this.problems;
	}

}
