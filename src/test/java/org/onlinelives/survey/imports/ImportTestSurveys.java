package org.onlinelives.survey.imports;

import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.questionnaire.QuestionBankLoader;

/** A published survey holding every question of the bank, for tests of the import. */
final class ImportTestSurveys {

	private ImportTestSurveys() {
	}

	static PublishedSurvey wholeBank() {
		return new PublishedSurvey(1L, 1L, 2024, "Cybersurvey 2024", "hash",
				new QuestionBankLoader().loadDefault().questions());
	}

}
