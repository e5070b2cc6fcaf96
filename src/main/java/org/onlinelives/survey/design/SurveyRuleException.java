package org.onlinelives.survey.design;

/**
 * A survey rule refused a change; the message key says why in plain English.
 */
public class SurveyRuleException extends RuntimeException {

	private final String messageKey;

	public SurveyRuleException(String messageKey, String explanation) {
		super(explanation);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
