package org.onlinelives.workforce.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a person stands on one course: their latest completion and when its refresher is
 * due.
 */
public record Refresher(Course course, TrainingRecord latest, LocalDate due, Status status) {

	/** Refreshers due within this many days are shown as due soon. */
	public static final int DUE_SOON_DAYS = 30;

	public enum Status {

		OVERDUE, DUE_SOON, CURRENT;

		public String messageKey() {
			return "training.status." + name();
		}

	}

	/**
	 * The latest record per course, most pressing first (overdue, then due soon, then
	 * current; earliest due date first within each).
	 */
	public static List<Refresher> of(Collection<TrainingRecord> records, Map<Long, Course> courses, LocalDate today) {
		Map<Long, TrainingRecord> latest = new LinkedHashMap<>();
		for (TrainingRecord record : records) {
			latest.merge(record.getCourseId(), record,
					(a, b) -> a.getCompletedOn().isAfter(b.getCompletedOn()) ? a : b);
		}
		List<Refresher> refreshers = new ArrayList<>();
		latest.forEach((courseId, record) -> {
			Course course = courses.get(courseId);
			if (course != null) {
				LocalDate due = record.refresherDue(course);
				refreshers.add(new Refresher(course, record, due, statusOn(due, today)));
			}
		});
		refreshers.sort(Comparator.comparing(Refresher::status).thenComparing(Refresher::due));
		return refreshers;
	}

	static Status statusOn(LocalDate due, LocalDate today) {
		if (due.isBefore(today)) {
			return Status.OVERDUE;
		}
		return due.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Status.CURRENT : Status.DUE_SOON;
	}

	/** Whether the training still counts: not yet past its refresher date. */
	public boolean isCurrent() {
		return this.status != Status.OVERDUE;
	}

}
