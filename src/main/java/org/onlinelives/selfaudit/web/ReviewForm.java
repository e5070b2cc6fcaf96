package org.onlinelives.selfaudit.web;

import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.springframework.validation.Errors;

/**
 * A QA reviewer's decision on one statement, as typed: confirm the score, or challenge it
 * with a comment and a proposed score.
 */
record ReviewForm(String decision, String comment, String proposedScore) {

	static final String CONFIRM = "CONFIRM";

	static final String CHALLENGE = "CHALLENGE";

	static ReviewForm empty() {
		return new ReviewForm(null, "", null);
	}

	void validate(AuditStatement statement, Errors errors) {
		if (!CONFIRM.equals(this.decision) && !CHALLENGE.equals(this.decision)) {
			errors.rejectValue("decision", "selfaudit.review.decision.required");
			return;
		}
		if (CHALLENGE.equals(this.decision)) {
			if (this.comment == null || this.comment.isBlank()) {
				errors.rejectValue("comment", "selfaudit.review.comment.required");
			}
			else if (this.comment.strip().length() > AuditStatement.MAX_COMMENT) {
				errors.rejectValue("comment", "selfaudit.comment.tooLong");
			}
			Integer proposed = proposed();
			if (proposed == null) {
				errors.rejectValue("proposedScore", "selfaudit.review.proposed.required");
			}
			else if (proposed.equals(statement.getScore())) {
				errors.rejectValue("proposedScore", "selfaudit.qa.proposedSame");
			}
		}
	}

	boolean challenges() {
		return CHALLENGE.equals(this.decision);
	}

	Integer proposed() {
		if (this.proposedScore == null || this.proposedScore.strip().length() != 1
				|| !Character.isDigit(this.proposedScore.strip().charAt(0))) {
			return null;
		}
		int score = Integer.parseInt(this.proposedScore.strip());
		return AuditFramework.isOnScale(score) ? score : null;
	}

}
