package org.onlinelives.strategy.plan;

/** Where a plan action stands. */
public enum PlanStatus {

	NOT_STARTED, IN_PROGRESS, DONE;

	public boolean isOpen() {
		return this != DONE;
	}

	public String messageKey() {
		return "strategy.status." + name();
	}

}
