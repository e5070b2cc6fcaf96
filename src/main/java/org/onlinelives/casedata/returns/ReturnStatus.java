package org.onlinelives.casedata.returns;

/**
 * Where an agency's return for a period stands.
 */
public enum ReturnStatus {

	/** The period's last month has not begun. */
	NOT_OPEN,
	/** Open and not yet submitted, not yet due. */
	NOT_YET_SUBMITTED,
	/** Past its due date and not submitted. */
	OVERDUE,
	/** At least one version submitted. */
	SUBMITTED

}
