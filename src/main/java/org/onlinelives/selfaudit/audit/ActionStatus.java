package org.onlinelives.selfaudit.audit;

/** Where an action stands. Anything not done carries into the agency's next cycle. */
public enum ActionStatus {

	NOT_STARTED, IN_PROGRESS, DONE;

	public boolean isOpen() {
		return this != DONE;
	}

	public String messageKey() {
		return "selfaudit.actions.status." + name();
	}

}
