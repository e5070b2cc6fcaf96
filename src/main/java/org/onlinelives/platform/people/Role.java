package org.onlinelives.platform.people;

/**
 * What a person may do (PRODUCT.md §2). A person may hold several roles.
 */
public enum Role {

	PARTNERSHIP_ADMIN, AGENCY_LEAD, PRACTITIONER, QA_REVIEWER, ANALYST;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

	/**
	 * Administrators and agency leads manage other people, so a second factor is always
	 * required.
	 */
	public boolean requiresSecondFactor() {
		return this == PARTNERSHIP_ADMIN || this == AGENCY_LEAD;
	}

}
