package org.onlinelives.assessment.rules;

/**
 * The levels of the local threshold document, lowest first. The practitioner records the
 * level agreed with the designated safeguarding lead; the product never decides it, but a
 * referral is prompted only where the level, or the answers themselves, meet it
 * (Staffordshire e-safety procedure §45, the more serious cases; Bromley SCB online
 * safety strategy §6.1; Online lives audit tool, Thresholds).
 */
public enum ThresholdLevel {

	/** Universal services meet the need. */
	UNIVERSAL,

	/** Early help: a coordinated offer below statutory social care. */
	EARLY_HELP,

	/** A child in need (Children Act 1989 s17). */
	CHILD_IN_NEED,

	/** Child protection (Children Act 1989 s47). */
	CHILD_PROTECTION;

	/** Whether this level calls for a referral to children's social care. */
	public boolean needsReferral() {
		return this == CHILD_IN_NEED || this == CHILD_PROTECTION;
	}

}
