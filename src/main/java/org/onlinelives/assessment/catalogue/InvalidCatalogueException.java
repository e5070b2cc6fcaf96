package org.onlinelives.assessment.catalogue;

import java.util.List;

/**
 * Thrown when the catalogue cannot be read or breaks one of its rules. Lists every
 * problem found, not just the first.
 */
public class InvalidCatalogueException extends IllegalStateException {

	private final List<String> problems;

	public InvalidCatalogueException(List<String> problems) {
		super("The assessment catalogue is not valid: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public InvalidCatalogueException(String problem, Throwable cause) {
		super("The assessment catalogue is not valid: " + problem, cause);
		this.problems = List.of(problem);
	}

	public List<String> getProblems() {
		return this.problems;
	}

}
