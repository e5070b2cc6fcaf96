package org.onlinelives.casedata.returns;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One period of the data return timetable. Its return opens on the first day of the
 * period's last month, so a lead can review the figures as the period closes (and send a
 * corrected version later), and is due a set number of days after the period ends.
 *
 * @param first the period's first month
 * @param last the period's last month
 * @param dueDays days after the period ends that the return is due
 */
public record ReturnPeriod(YearMonth first, YearMonth last, int dueDays) {

	public ReturnPeriod {
		if (first == null || last == null || last.isBefore(first)) {
			throw new IllegalArgumentException("A period ends on or after it starts");
		}
	}

	public LocalDate start() {
		return this.first.atDay(1);
	}

	public LocalDate end() {
		return this.last.atEndOfMonth();
	}

	/** How many months the period covers. */
	public long months() {
		return this.first.until(this.last, java.time.temporal.ChronoUnit.MONTHS) + 1;
	}

	public LocalDate opens() {
		return this.last.atDay(1);
	}

	public LocalDate due() {
		return end().plusDays(this.dueDays);
	}

	public boolean isOpen(LocalDate today) {
		return !today.isBefore(opens());
	}

	/** The period in a link: its first month, such as {@code 2026-10}. */
	public String key() {
		return this.first.toString();
	}

	/** Where an agency stands for this period. */
	public ReturnStatus status(LocalDate today, boolean submitted) {
		if (submitted) {
			return ReturnStatus.SUBMITTED;
		}
		if (!isOpen(today)) {
			return ReturnStatus.NOT_OPEN;
		}
		return today.isAfter(due()) ? ReturnStatus.OVERDUE : ReturnStatus.NOT_YET_SUBMITTED;
	}

}
