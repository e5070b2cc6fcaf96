package org.onlinelives.survey.design;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A bank question chosen for a survey, with the administrator's wording if it differs.
 */
@Table("survey_question")
public record SurveyQuestion(String questionCode, @Column("question_text") String text,
		@Column("easy_read_text") String easyRead) {

	public static final int MAX_TEXT = 500;

}
