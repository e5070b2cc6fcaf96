package org.onlinelives.selfaudit.web;

import org.onlinelives.selfaudit.audit.AuditStatement;
import org.springframework.validation.Errors;

/** The agency's reply to a challenge: accept the proposed score, or answer it. */
record ResponseForm(String decision, String response) {

	static final String ACCEPT = "ACCEPT";

	static final String ANSWER = "ANSWER";

	static ResponseForm empty() {
		return new ResponseForm(null, "");
	}

	void validate(Errors errors) {
		if (!ACCEPT.equals(this.decision) && !ANSWER.equals(this.decision)) {
			errors.rejectValue("decision", "selfaudit.response.decision.required");
			return;
		}
		if (ANSWER.equals(this.decision)) {
			if (this.response == null || this.response.isBlank()) {
				errors.rejectValue("response", "selfaudit.response.text.required");
			}
			else if (this.response.strip().length() > AuditStatement.MAX_COMMENT) {
				errors.rejectValue("response", "selfaudit.comment.tooLong");
			}
		}
	}

	boolean accepts() {
		return ACCEPT.equals(this.decision);
	}

}
