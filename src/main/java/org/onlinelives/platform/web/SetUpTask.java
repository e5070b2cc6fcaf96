package org.onlinelives.platform.web;

/**
 * One step in setting up a partnership, shown on an administrator's home page as a GOV.UK
 * task list item.
 *
 * @param order where it comes in the list (lower first)
 * @param labelKey message key of the task's name
 * @param hintKey message key of one sentence saying what it involves
 * @param path where the task is done
 * @param done whether it has been done
 */
public record SetUpTask(int order, String labelKey, String hintKey, String path, boolean done) {

	public String statusKey() {
		return this.done ? "home.setUp.done" : "home.setUp.notDone";
	}

}
