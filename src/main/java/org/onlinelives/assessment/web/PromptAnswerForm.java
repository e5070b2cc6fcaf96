package org.onlinelives.assessment.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.onlinelives.assessment.assessments.PromptAnswer;
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

	/** The answer as read: null where nothing could be read. */
	record Read(PromptAnswer answer, LocalDate doneOn, String note) {
	}

	/**
	 * Reads the form, reporting only a day that is not a date; the assessment refuses
	 * answers that break its rules ({@code Assessment.promptAnswerRefusals}).
	 */
	Read read(Errors errors) {
		PromptAnswer value = FormValues.toEnum(PromptAnswer.class, this.answer).orElse(null);
		LocalDate doneOn = null;
		if (value == PromptAnswer.DONE) {
			doneOn = date();
			if (doneOn == null) {
				errors.rejectValue("doneDay", "prompt.doneOn.invalid");
			}
		}
		return new Read(value, doneOn, this.note);
	}

	/** The form field a refusal of the answer is about. */
	static String formField(String path) {
		return "doneOn".equals(path) ? "doneDay" : path;
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
