package org.onlinelives.survey.analysis;

import java.util.List;

import org.onlinelives.survey.questionnaire.Question;

/**
 * Everything shown about one scenario.
 */
public record ScenarioResult(Question question, Share overall, List<GroupComparison> groups,
		List<CategoryShare> byYearGroup, List<CategoryShare> byGender, List<CategoryShare> byYear,
		List<CategoryShare> byLink) {

	public String code() {
		return this.question.code();
	}

}
