package org.onlinelives.survey.web;

import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.Readability;

/** A question in the administrator's view, with the readability of both wordings. */
record QuestionRow(int position, Question question, Readability.Score usual, Readability.Score easy) {

	static QuestionRow of(int position, Question question) {
		return new QuestionRow(position, question, Readability.of(question.text()),
				Readability.of(question.easyRead()));
	}

}
