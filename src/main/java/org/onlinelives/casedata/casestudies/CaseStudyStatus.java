package org.onlinelives.casedata.casestudies;

/**
 * Where a case study is on its way to the library: DRAFT → AWAITING_LEAD → AWAITING_ADMIN
 * → PUBLISHED; a rejection at either step sends it back to the author as RETURNED, from
 * which it is resubmitted.
 */
public enum CaseStudyStatus {

	DRAFT, AWAITING_LEAD, AWAITING_ADMIN, RETURNED, PUBLISHED;

	public String messageKey() {
		return "casestudy.status." + name();
	}

	/** Whether the author may still change the text. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
