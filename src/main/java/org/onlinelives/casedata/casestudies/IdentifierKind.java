package org.onlinelives.casedata.casestudies;

/**
 * The kinds of possible identifier the redaction helper looks for. Each has a label and a
 * "what it looks like" reason in the messages.
 */
public enum IdentifierKind {

	CASE_REFERENCE, EMAIL, PHONE, POSTCODE, SCHOOL, DATE, AGE, NAME;

	public String messageKey() {
		return "casestudy.finding." + name();
	}

	public String reasonKey() {
		return "casestudy.finding." + name() + ".reason";
	}

}
