package org.onlinelives.workforce.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Courses and records for unit tests, built through the aggregates' own methods. */
final class TrainingFixtures {

	static final Instant NOW = Instant.parse("2026-07-15T10:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

	private TrainingFixtures() {
	}

	static Course course(long id, TrainingLevel level, int refreshMonths) {
		return new Course(id, 1L, "Course " + id, level, "Partnership training team", 90, "", refreshMonths, false, 0L);
	}

	static Course.Details details(String title, TrainingLevel level, Integer minutes, List<String> statements,
			Integer refresh) {
		return new Course.Details(title, level, "Partnership training team", minutes, statements, refresh, false);
	}

	static TrainingRecord completed(Course course, long userId, LocalDate on) {
		return TrainingRecord.record(course, userId, 10L, on, null, userId, NOW, TODAY);
	}

}
