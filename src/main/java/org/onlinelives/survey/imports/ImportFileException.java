package org.onlinelives.survey.imports;

/** A file that cannot be imported at all, with the message key that says why. */
public class ImportFileException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ImportFileException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
