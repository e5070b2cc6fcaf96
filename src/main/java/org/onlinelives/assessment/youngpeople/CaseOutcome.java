package org.onlinelives.assessment.youngpeople;

/**
 * What the agency decided or what happened in the end, in the terms a council uses
 * (PRODUCT.md §5).
 */
public enum CaseOutcome {

	NO_FURTHER_ACTION, ADVICE_AND_SIGNPOSTING, EARLY_HELP, CHILD_IN_NEED, CHILD_PROTECTION, POLICE_INVESTIGATION, LADO,
	CLOSED

}
