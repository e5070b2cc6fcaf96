package org.onlinelives.retention;

import java.time.LocalDate;

/**
 * How long one kind of record is kept: a number of years after its last activity, and for
 * young people's records also until an age, whichever is later.
 */
public record RetentionPeriod(RecordType type, int years, Integer untilAge) {

	public static final int MIN_YEARS = 1;

	public static final int MAX_YEARS = 100;

	public static final int MIN_AGE = 18;

	public static final int MAX_AGE = 100;

	public RetentionPeriod {
		if (years < MIN_YEARS || years > MAX_YEARS) {
			throw new IllegalArgumentException("retention.years.range");
		}
		if (untilAge != null && (!type.hasAge() || untilAge < MIN_AGE || untilAge > MAX_AGE)) {
			throw new IllegalArgumentException("retention.untilAge.range");
		}
	}

	/** The day a record whose last activity was on {@code lastActivity} falls due. */
	public LocalDate dueAfterActivity(LocalDate lastActivity) {
		return lastActivity.plusYears(this.years);
	}

}
