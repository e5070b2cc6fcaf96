package org.onlinelives.families.directory;

import java.time.LocalDate;

/**
 * Where an entry stands against its review date. The Online lives audit tool (§6) asks
 * services to know where to send families; a number that has changed sends them nowhere,
 * so each entry is checked by a date and its owner is told when it comes near.
 */
public enum ReviewStatus {

	/** The review date is more than {@link #DUE_SOON_DAYS} days away. */
	CURRENT,

	/** The review date is today or within {@link #DUE_SOON_DAYS} days. */
	DUE_SOON,

	/** The review date has passed. */
	OVERDUE;

	/** How far ahead an owner is told that a review is coming. */
	public static final int DUE_SOON_DAYS = 30;

	public static ReviewStatus of(LocalDate reviewDate, LocalDate today) {
		if (reviewDate.isBefore(today)) {
			return OVERDUE;
		}
		if (!reviewDate.isAfter(today.plusDays(DUE_SOON_DAYS))) {
			return DUE_SOON;
		}
		return CURRENT;
	}

	public String messageKey() {
		return "directory.review." + name();
	}

}
