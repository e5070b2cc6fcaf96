package org.onlinelives.survey.questionnaire;

/**
 * One answer a young person can choose, in ordinary and easy-read words.
 */
public record AnswerOption(String code, String text, String easyRead) {

	/** Option codes that stand for "I would rather not say": never counted in a group. */
	public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

	public AnswerOption {
		if (easyRead == null || easyRead.isBlank()) {
			easyRead = text;
		}
	}

	public String text(boolean easy) {
		return easy ? this.easyRead : this.text;
	}

}
