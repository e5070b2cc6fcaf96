package org.onlinelives.selfaudit.web;

import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.springframework.validation.Errors;

/**
 * The agency's reply to a challenge: accept the proposed score, keep its own score and
 * answer, or propose another score with its reason. The score is bound as text so that
 * anything sent comes back with a clear message.
 */
record ResponseForm(String decision, String response, String score) {

	static final String ACCEPT = "ACCEPT";

	static final String ANSWER = "ANSWER";

	static final String PROPOSE = "PROPOSE";

	static ResponseForm empty() {
		return new ResponseForm(null, "", null);
	}

	void validate(Errors errors) {
		if (!ACCEPT.equals(this.decision) && !ANSWER.equals(this.decision) && !PROPOSE.equals(this.decision)) {
			errors.rejectValue("decision", "selfaudit.response.decision.required");
			return;
		}
		if (ACCEPT.equals(this.decision)) {
			return;
		}
		if (this.response == null || this.response.isBlank()) {
			errors.rejectValue("response", "selfaudit.response.text.required");
		}
		else if (this.response.strip().length() > AuditStatement.MAX_COMMENT) {
			errors.rejectValue("response", "selfaudit.comment.tooLong");
		}
		if (PROPOSE.equals(this.decision) && scoreValue() == null) {
			errors.rejectValue("score", "selfaudit.response.score.required");
		}
	}

	boolean accepts() {
		return ACCEPT.equals(this.decision);
	}

	boolean proposes() {
		return PROPOSE.equals(this.decision);
	}

	/** The proposed score, or {@code null} when none or not a score on the scale. */
	Integer scoreValue() {
		if (this.score == null || this.score.strip().length() != 1
				|| !Character.isDigit(this.score.strip().charAt(0))) {
			return null;
		}
		int value = Integer.parseInt(this.score.strip());
		return AuditFramework.isOnScale(value) ? value : null;
	}

}
