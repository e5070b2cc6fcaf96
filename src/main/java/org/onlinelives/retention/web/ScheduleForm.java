package org.onlinelives.retention.web;

import java.util.List;
import java.util.Map;

import org.onlinelives.retention.RecordType;
import org.onlinelives.retention.RetentionPeriod;
import org.springframework.validation.Errors;

/**
 * The retention schedule as typed: whole numbers of years, and the age young people's
 * records are kept until.
 */
record ScheduleForm(String youngPersonYears, String youngPersonUntilAge, String auditYears, String accessLogYears) {

	static ScheduleForm of(Map<RecordType, RetentionPeriod> schedule) {
		RetentionPeriod young = schedule.get(RecordType.YOUNG_PERSON);
		return new ScheduleForm(Integer.toString(young.years()),
				(young.untilAge() != null) ? Integer.toString(young.untilAge()) : "",
				Integer.toString(schedule.get(RecordType.AUDIT).years()),
				Integer.toString(schedule.get(RecordType.ACCESS_LOG).years()));
	}

	/**
	 * Numbers that do not parse are refused here; the ranges are
	 * {@link RetentionPeriod}'s own, reported with its message keys.
	 */
	void validate(Errors errors) {
		years(errors, RecordType.YOUNG_PERSON, "youngPersonYears", this.youngPersonYears);
		years(errors, RecordType.AUDIT, "auditYears", this.auditYears);
		years(errors, RecordType.ACCESS_LOG, "accessLogYears", this.accessLogYears);
		if (this.youngPersonUntilAge != null && !this.youngPersonUntilAge.isBlank()) {
			Integer age = parse(this.youngPersonUntilAge);
			if (age == null) {
				errors.rejectValue("youngPersonUntilAge", "retention.untilAge.range");
				return;
			}
			try {
				new RetentionPeriod(RecordType.YOUNG_PERSON, RetentionPeriod.MIN_YEARS, age);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("youngPersonUntilAge", ex.getMessage());
			}
		}
	}

	/** Only after {@link #validate} found nothing wrong. */
	List<RetentionPeriod> periods() {
		Integer age = (this.youngPersonUntilAge == null || this.youngPersonUntilAge.isBlank()) ? null
				: parse(this.youngPersonUntilAge);
		return List.of(new RetentionPeriod(RecordType.YOUNG_PERSON, parse(this.youngPersonYears), age),
				new RetentionPeriod(RecordType.AUDIT, parse(this.auditYears), null),
				new RetentionPeriod(RecordType.ACCESS_LOG, parse(this.accessLogYears), null));
	}

	private static void years(Errors errors, RecordType type, String field, String text) {
		Integer years = parse(text);
		if (years == null) {
			errors.rejectValue(field, "retention.years.range");
			return;
		}
		try {
			new RetentionPeriod(type, years, null);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, ex.getMessage());
		}
	}

	private static Integer parse(String text) {
		try {
			return Integer.valueOf((text != null) ? text.strip() : "");
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
