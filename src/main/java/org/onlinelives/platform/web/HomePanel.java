package org.onlinelives.platform.web;

import java.util.List;

/**
 * A table on the home page of things waiting for this person.
 *
 * @param headingKey message key of the panel's heading
 * @param emptyKey message key said when there is nothing waiting
 * @param rows what is waiting, each linking to where it is done
 */
public record HomePanel(String headingKey, String emptyKey, List<Row> rows) {

	/**
	 * One thing waiting.
	 *
	 * @param label what it is, already in words (for example, an agency and cycle)
	 * @param path where to go to deal with it
	 * @param statusKey message key of its state
	 * @param tagClass the GOV.UK tag colour class for the state
	 */
	public record Row(String label, String path, String statusKey, String tagClass) {
	}

}
