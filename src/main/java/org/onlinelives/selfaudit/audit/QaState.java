package org.onlinelives.selfaudit.audit;

/**
 * Where one statement is in QA: not yet reviewed; challenged by the reviewer; answered by
 * the agency (back with the reviewer); agreed.
 */
public enum QaState {

	NOT_REVIEWED, CHALLENGED, ANSWERED, AGREED;

	/** The reviewer may confirm or challenge. */
	public boolean awaitsReviewer() {
		return this == NOT_REVIEWED || this == ANSWERED;
	}

	public String messageKey() {
		return "selfaudit.qa.state." + name();
	}

}
