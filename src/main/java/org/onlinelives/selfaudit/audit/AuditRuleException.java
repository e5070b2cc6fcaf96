package org.onlinelives.selfaudit.audit;

/**
 * An audit rule refused a change. Carries a message key so the page can say, in plain
 * English, why nothing changed.
 */
public class AuditRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public AuditRuleException(String messageKey, String explanation, Object... arguments) {
		super(explanation);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
