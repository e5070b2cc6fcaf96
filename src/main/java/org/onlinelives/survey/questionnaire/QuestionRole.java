package org.onlinelives.survey.questionnaire;

/** What the analysis does with a question's answers. */
public enum QuestionRole {

	AGE, GENDER, YEAR_GROUP,
	/** The vulnerable groups of seed 000, one option each. */
	GROUPS,
	/** A high-risk scenario: counted as experienced when a positive option is chosen. */
	SCENARIO,
	/** Shown in the counts but not crossed with the groups. */
	OTHER

}
