package org.onlinelives.workforce.training;

import java.util.List;

/**
 * A course's evaluations taken together: how many, average confidence before and after
 * (to one decimal place), and the comments in the order they came in.
 */
public record EvaluationSummary(int count, String averageBefore, String averageAfter, List<String> useful,
		List<String> missing) {

	public static EvaluationSummary of(List<CourseEvaluation> evaluations) {
		if (evaluations.isEmpty()) {
			return new EvaluationSummary(0, "", "", List.of(), List.of());
		}
		double before = evaluations.stream().mapToInt(CourseEvaluation::getConfidenceBefore).average().orElse(0);
		double after = evaluations.stream().mapToInt(CourseEvaluation::getConfidenceAfter).average().orElse(0);
		return new EvaluationSummary(evaluations.size(), oneDecimal(before), oneDecimal(after),
				evaluations.stream().map(CourseEvaluation::getUseful).filter((text) -> text != null).toList(),
				evaluations.stream().map(CourseEvaluation::getMissing).filter((text) -> text != null).toList());
	}

	private static String oneDecimal(double value) {
		return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
