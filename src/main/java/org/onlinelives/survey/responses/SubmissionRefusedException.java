package org.onlinelives.survey.responses;

/** A response was not stored: the code is full, or too many came too fast. */
public class SubmissionRefusedException extends RuntimeException {

	private final String messageKey;

	public SubmissionRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
