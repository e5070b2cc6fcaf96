package org.onlinelives.survey.imports;

import java.util.List;
import java.util.Map;

/**
 * One row after checking: the answers to store (choices by question, free texts by
 * question), or the problems that reject it.
 */
public record CheckedRow(Map<String, List<String>> choices, Map<String, String> texts, List<RowProblem> problems) {

	public boolean accepted() {
		return this.problems.isEmpty();
	}

}
