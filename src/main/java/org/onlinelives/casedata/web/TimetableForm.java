package org.onlinelives.casedata.web;

import java.time.YearMonth;
import java.util.Optional;

import org.onlinelives.casedata.returns.ReturnFrequency;
import org.onlinelives.casedata.returns.ReturnTimetable;
import org.onlinelives.platform.web.FormValues;
import org.springframework.validation.Errors;

/**
 * The return timetable form, bound as text. It reports only what cannot be read at all;
 * the timetable's own rules are {@link ReturnTimetable}'s.
 */
record TimetableForm(String frequency, String firstMonth, String firstYear, String dueDays, String version) {

	static TimetableForm of(ReturnTimetable timetable) {
		if (timetable == null) {
			return new TimetableForm(ReturnFrequency.QUARTERLY.name(), "", "", "30", "");
		}
		return new TimetableForm(timetable.getFrequency().name(),
				String.valueOf(timetable.getFirstMonth().getMonthValue()),
				String.valueOf(timetable.getFirstMonth().getYear()), String.valueOf(timetable.getDueDays()),
				String.valueOf(timetable.getVersion()));
	}

	/** The frequency, or null when none was chosen; an unknown one is an error. */
	ReturnFrequency frequencyValue(Errors errors) {
		if (blank(this.frequency)) {
			return null;
		}
		Optional<ReturnFrequency> value = FormValues.toEnum(ReturnFrequency.class, this.frequency);
		if (value.isEmpty()) {
			errors.rejectValue("frequency", "returns.timetable.frequency.required");
		}
		return value.orElse(null);
	}

	/** The first month, or null when left blank; one that is not a month is an error. */
	YearMonth firstMonthValue(Errors errors) {
		if (blank(this.firstMonth) && blank(this.firstYear)) {
			return null;
		}
		Optional<Long> month = FormValues.toLong(this.firstMonth);
		Optional<Long> year = FormValues.toLong(this.firstYear);
		if (month.isEmpty() || year.isEmpty() || month.get() < 1 || month.get() > 12 || year.get() < 1000
				|| year.get() > 9999) {
			errors.rejectValue("firstMonth", "returns.timetable.firstMonth.notMonth");
			return null;
		}
		return YearMonth.of(year.get().intValue(), month.get().intValue());
	}

	/** The days, or null when left blank; text that is not a whole number is an error. */
	Integer dueDaysValue(Errors errors) {
		if (blank(this.dueDays)) {
			return null;
		}
		Optional<Long> days = FormValues.toLong(this.dueDays);
		if (days.isEmpty() || days.get() > Integer.MAX_VALUE || days.get() < Integer.MIN_VALUE) {
			errors.rejectValue("dueDays", "returns.timetable.dueDays.notNumber");
			return null;
		}
		return days.get().intValue();
	}

	Long versionValue() {
		return FormValues.toLong(this.version).orElse(null);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
