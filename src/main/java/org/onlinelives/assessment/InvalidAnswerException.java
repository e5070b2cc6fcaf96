package org.onlinelives.assessment;

/**
 * An answer the assessment cannot accept: an unknown code, a value off its scale, text
 * over its limit. Names the field so the page or the API can point at it.
 */
public class InvalidAnswerException extends IllegalArgumentException {

	private final String field;

	public InvalidAnswerException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
