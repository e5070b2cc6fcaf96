package org.onlinelives.casedata.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the returns pages and API read: summaries of submitted versions, an agency's
 * periods, a draft return to review and the partnership's overview.
 */
public final class ReturnViews {

	private ReturnViews() {
	}

	/**
	 * One submitted version, without its figures.
	 *
	 * @param id the return's id
	 * @param agencyId the agency
	 * @param periodStart the period's first day
	 * @param version 1 for the first submission, then 2, 3 for corrections
	 * @param submittedAt when
	 * @param submittedByName who
	 */
	public record Summary(long id, long agencyId, LocalDate periodStart, int version, Instant submittedAt,
			String submittedByName) {
	}

	/**
	 * An agency's standing for one period.
	 *
	 * @param period the period
	 * @param status submitted, not yet, overdue or not open
	 * @param versions the agency's submitted versions, latest first
	 */
	public record AgencyPeriod(ReturnPeriod period, ReturnStatus status, List<Summary> versions) {

		public Summary latest() {
			return this.versions.isEmpty() ? null : this.versions.get(0);
		}

	}

	/**
	 * The lead's view: the timetable (null when none is set) and the agency's periods,
	 * latest first.
	 */
	public record AgencyReturns(ReturnTimetable timetable, List<AgencyPeriod> periods) {
	}

	/**
	 * A return as it would be submitted now, for the lead to review.
	 *
	 * @param period the period
	 * @param open whether the period's return can be submitted yet
	 * @param status where the agency stands
	 * @param figures the figures after disclosure control
	 * @param versions versions already submitted, latest first
	 * @param threshold the smallest non-zero count shown
	 * @param roundedToFive whether shown counts are rounded to 5
	 */
	public record Review(ReturnPeriod period, boolean open, ReturnStatus status, List<ReturnFigure> figures,
			List<Summary> versions, int threshold, boolean roundedToFive) {

		public int latestVersion() {
			return this.versions.isEmpty() ? 0 : this.versions.get(0).version();
		}

	}

	/**
	 * One agency in one period of the overview.
	 *
	 * @param agencyId the agency
	 * @param agency its name
	 * @param status where it stands
	 * @param latest its latest version, or null
	 */
	public record AgencyCell(long agencyId, String agency, ReturnStatus status, Summary latest) {
	}

	/**
	 * One period of the overview.
	 *
	 * @param period the period
	 * @param agencies every agency of the partnership, in name order
	 */
	public record OverviewRow(ReturnPeriod period, List<AgencyCell> agencies) {

		public long count(ReturnStatus status) {
			return this.agencies.stream().filter((cell) -> cell.status() == status).count();
		}

		public long submitted() {
			return count(ReturnStatus.SUBMITTED);
		}

		public long overdue() {
			return count(ReturnStatus.OVERDUE);
		}

	}

	/**
	 * The partnership's view: the timetable (null when none is set) and who has submitted
	 * for each period, latest first.
	 */
	public record Overview(ReturnTimetable timetable, List<OverviewRow> periods) {
	}

}
