package org.onlinelives.survey.questionnaire;

/** How a question is answered. */
public enum QuestionType {

	/** One option, as radios. */
	SINGLE,
	/** Any number of options, as checkboxes. */
	MULTIPLE,
	/** One point on an ordered scale, as radios. */
	SCALE,
	/** A short free text. */
	TEXT;

	public boolean choosesOne() {
		return this == SINGLE || this == SCALE;
	}

}
