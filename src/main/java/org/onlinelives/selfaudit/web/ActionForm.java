package org.onlinelives.selfaudit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.onlinelives.selfaudit.audit.ActionStatus;
import org.onlinelives.selfaudit.audit.AuditAction;
import org.springframework.validation.Errors;

/** An action as typed; dates, owner and status bound as text and checked here. */
record ActionForm(String statementNumber, String description, String ownerId, String dueDate, String status,
		String progressNotes, Long version) {

	static ActionForm proposed(String statementNumber, String description) {
		return new ActionForm(statementNumber, description, "", "", ActionStatus.NOT_STARTED.name(), "", null);
	}

	static ActionForm of(AuditAction action) {
		return new ActionForm(action.getStatementNumber(), action.getDescription(),
				(action.getOwnerId() != null) ? action.getOwnerId().toString() : "",
				(action.getDueDate() != null) ? action.getDueDate().toString() : "", action.getStatus().name(),
				action.getProgressNotes(), action.getVersion());
	}

	void validate(Errors errors) {
		if (this.description == null || this.description.isBlank()) {
			errors.rejectValue("description", "selfaudit.actions.description.required");
		}
		else if (this.description.strip().length() > AuditAction.MAX_DESCRIPTION) {
			errors.rejectValue("description", "selfaudit.actions.description.tooLong");
		}
		if (this.dueDate != null && !this.dueDate.isBlank() && due() == null) {
			errors.rejectValue("dueDate", "selfaudit.actions.due.invalid");
		}
		if (statusValue() == null) {
			errors.rejectValue("status", "selfaudit.actions.status.required");
		}
		if (this.progressNotes != null && this.progressNotes.strip().length() > AuditAction.MAX_NOTES) {
			errors.rejectValue("progressNotes", "selfaudit.actions.notes.tooLong");
		}
		if (this.ownerId != null && !this.ownerId.isBlank() && owner() == null) {
			errors.rejectValue("ownerId", "selfaudit.actions.owner.invalid");
		}
	}

	LocalDate due() {
		try {
			return (this.dueDate == null || this.dueDate.isBlank()) ? null : LocalDate.parse(this.dueDate.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	ActionStatus statusValue() {
		try {
			return (this.status == null) ? null : ActionStatus.valueOf(this.status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	Long owner() {
		try {
			return (this.ownerId == null || this.ownerId.isBlank()) ? null : Long.valueOf(this.ownerId.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
