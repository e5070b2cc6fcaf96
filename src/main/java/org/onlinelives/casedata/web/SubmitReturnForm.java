package org.onlinelives.casedata.web;

import org.onlinelives.platform.web.FormValues;

/**
 * The lead's comment on a return, and the latest version the lead saw when reviewing it
 * (so a second press of submit is caught, not saved twice).
 */
record SubmitReturnForm(String comment, String seenVersion) {

	Integer seenVersionValue() {
		return FormValues.toLong(this.seenVersion)
			.filter((v) -> v >= 0 && v <= Integer.MAX_VALUE)
			.map(Long::intValue)
			.orElse(null);
	}

}
