package org.onlinelives.survey.questionnaire;

import java.util.List;

/** The question bank file breaks a rule; lists every problem. */
public class InvalidQuestionBankException extends RuntimeException {

	public InvalidQuestionBankException(String origin, List<String> problems) {
		super(origin + ": " + String.join("; ", problems));
	}

	public InvalidQuestionBankException(String origin, String problem, Throwable cause) {
		super(origin + ": " + problem, cause);
	}

}
