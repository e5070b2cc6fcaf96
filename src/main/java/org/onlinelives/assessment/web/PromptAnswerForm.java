package org.onlinelives.assessment.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.onlinelives.assessment.assessments.PromptAnswer;
import org.onlinelives.assessment.assessments.RecordedPrompt;
import org.onlinelives.platform.web.FormValues;
import org.springframework.validation.Errors;

/**
 * The practitioner's answer to a procedure prompt: done (on which day) or not applicable
 * (why).
 */
record PromptAnswerForm(String answer, String doneDay, String doneMonth, String doneYear, String note, String version) {

	static PromptAnswerForm empty(Long version) {
		return new PromptAnswerForm(null, "", "", "", "", String.valueOf(version));
	}

	PromptAnswerForm withVersion(Long current) {
		return new PromptAnswerForm(this.answer, this.doneDay, this.doneMonth, this.doneYear, this.note,
				String.valueOf(current));
	}

	record Valid(PromptAnswer answer, LocalDate doneOn, String note) {
	}

	Optional<Valid> validate(Errors errors, LocalDate today) {
		Optional<PromptAnswer> value = FormValues.toEnum(PromptAnswer.class, this.answer);
		if (value.isEmpty()) {
			errors.rejectValue("answer", "prompt.answer.required");
			return Optional.empty();
		}
		LocalDate doneOn = null;
		if (value.get() == PromptAnswer.DONE) {
			doneOn = date();
			if (doneOn == null) {
				errors.rejectValue("doneDay", "prompt.doneOn.invalid");
			}
			else if (doneOn.isAfter(today)) {
				errors.rejectValue("doneDay", "prompt.doneOn.future");
			}
		}
		else if (this.note == null || this.note.isBlank()) {
			errors.rejectValue("note", "prompt.note.required");
		}
		if (this.note != null && this.note.length() > RecordedPrompt.MAX_NOTE) {
			errors.rejectValue("note", "prompt.note.tooLong");
		}
		return errors.hasErrors() ? Optional.empty() : Optional.of(new Valid(value.get(), doneOn, this.note));
	}

	private LocalDate date() {
		Optional<Long> day = FormValues.toLong(this.doneDay);
		Optional<Long> month = FormValues.toLong(this.doneMonth);
		Optional<Long> year = FormValues.toLong(this.doneYear);
		if (day.isEmpty() || month.isEmpty() || year.isEmpty() || year.get() < 2000) {
			return null;
		}
		try {
			return LocalDate.of(year.get().intValue(), month.get().intValue(), day.get().intValue());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
