package org.onlinelives.assessment.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.onlinelives.assessment.youngpeople.CaseOutcome;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.web.FormValues;
import org.springframework.validation.Errors;

/**
 * The case outcome form, bound as text so a mistyped or tampered value becomes a form
 * error that keeps what was typed.
 */
record OutcomeForm(String outcome, String outcomeDay, String outcomeMonth, String outcomeYear, String onlineComponent,
		String version) {

	static OutcomeForm of(YoungPerson person) {
		LocalDate date = person.getOutcomeDate();
		return new OutcomeForm((person.getOutcome() != null) ? person.getOutcome().name() : null,
				(date != null) ? String.valueOf(date.getDayOfMonth()) : "",
				(date != null) ? String.valueOf(date.getMonthValue()) : "",
				(date != null) ? String.valueOf(date.getYear()) : "", String.valueOf(person.isOnlineComponent()),
				String.valueOf(person.getVersion()));
	}

	OutcomeForm withVersion(Long newVersion) {
		return new OutcomeForm(this.outcome, this.outcomeDay, this.outcomeMonth, this.outcomeYear, this.onlineComponent,
				String.valueOf(newVersion));
	}

	/** The values, or empty with an error on each field that cannot be read. */
	Optional<Values> validate(Errors errors) {
		Optional<CaseOutcome> outcomeValue = FormValues.toEnum(CaseOutcome.class, this.outcome);
		if (outcomeValue.isEmpty()) {
			errors.rejectValue("outcome", "outcome.outcome.required");
		}
		if (!"true".equals(this.onlineComponent) && !"false".equals(this.onlineComponent)) {
			errors.rejectValue("onlineComponent", "outcome.onlineComponent.required");
		}
		LocalDate date = null;
		if (blank(this.outcomeDay) && blank(this.outcomeMonth) && blank(this.outcomeYear)) {
			errors.rejectValue("outcomeDay", "outcome.date.required");
		}
		else {
			date = date();
			if (date == null) {
				errors.rejectValue("outcomeDay", "outcome.date.invalid");
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new Values(outcomeValue.get(), date, "true".equals(this.onlineComponent)));
	}

	Optional<Long> expectedVersion() {
		return FormValues.toLong(this.version);
	}

	private LocalDate date() {
		Optional<Long> d = FormValues.toLong(this.outcomeDay);
		Optional<Long> m = FormValues.toLong(this.outcomeMonth);
		Optional<Long> y = FormValues.toLong(this.outcomeYear);
		if (d.isEmpty() || m.isEmpty() || y.isEmpty() || y.get() < 1900 || y.get() > 9999) {
			return null;
		}
		try {
			return LocalDate.of(y.get().intValue(), m.get().intValue(), d.get().intValue());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	record Values(CaseOutcome outcome, LocalDate date, boolean onlineComponent) {
	}

}
