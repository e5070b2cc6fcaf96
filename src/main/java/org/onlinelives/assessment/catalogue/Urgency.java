package org.onlinelives.assessment.catalogue;

/**
 * How soon a procedure prompt should be acted on. Declared most urgent first, so the
 * natural order sorts urgent prompts to the top.
 */
public enum Urgency {

	/**
	 * Act now or the same day: delay could leave a child in danger, lose evidence or let
	 * a picture spread.
	 */
	URGENT,

	/** Act as part of the usual safeguarding response. */
	STANDARD

}
