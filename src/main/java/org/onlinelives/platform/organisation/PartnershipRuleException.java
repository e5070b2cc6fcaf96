package org.onlinelives.platform.organisation;

/**
 * A change to a partnership's settings that its rules refuse, with the form field it
 * concerns and the message key that says why.
 */
public class PartnershipRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public PartnershipRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
