package org.onlinelives.platform.people;

/**
 * What a person may do (PRODUCT.md §2). A person may hold several roles.
 */
public enum Role {

	PARTNERSHIP_ADMIN, AGENCY_LEAD, PRACTITIONER, QA_REVIEWER, ANALYST;

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Roles as the access log records them in words ("Agency lead and Practitioner"),
	 * never as codes.
	 */
	public static String inWords(java.util.Collection<Role> roles) {
		java.util.List<String> words = roles.stream().sorted().map(Role::inWords).toList();
		if (words.size() <= 1) {
			return String.join("", words);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
	}

	private String inWords() {
		return switch (this) {
			case PARTNERSHIP_ADMIN -> "Partnership administrator";
			case AGENCY_LEAD -> "Agency lead";
			case PRACTITIONER -> "Practitioner";
			case QA_REVIEWER -> "Quality assurance reviewer";
			case ANALYST -> "Analyst";
		};
	}

	public String messageKey() {
		return "role." + name();
	}

	/**
	 * Administrators and agency leads manage other people, and QA reviewers and analysts
	 * see across agencies, so a second factor is always required.
	 */
	public boolean requiresSecondFactor() {
		return this != PRACTITIONER;
	}

	/**
	 * Roles that reach across the partnership's agencies. Only partnership administrators
	 * grant them, and they need no agency.
	 */
	public boolean isPartnershipWide() {
		return this == PARTNERSHIP_ADMIN || this == QA_REVIEWER || this == ANALYST;
	}

}
