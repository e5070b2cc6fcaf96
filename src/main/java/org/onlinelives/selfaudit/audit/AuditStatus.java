package org.onlinelives.selfaudit.audit;

/**
 * Where an audit is in its life (PRODUCT.md §3): the agency completes it, submits it, a
 * QA reviewer checks it, the scores are agreed and it is signed off. Each status may only
 * move to the next.
 */
public enum AuditStatus {

	IN_PROGRESS, SUBMITTED, IN_QA, AGREED, SIGNED_OFF;

	public boolean canMoveTo(AuditStatus next) {
		return next.ordinal() == ordinal() + 1;
	}

	/** Submitted or later: QA reviewers may see it and results count. */
	public boolean isSubmitted() {
		return this != IN_PROGRESS;
	}

	public String messageKey() {
		return "selfaudit.status." + name();
	}

}
