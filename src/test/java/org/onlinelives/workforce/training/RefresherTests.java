package org.onlinelives.workforce.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.workforce.training.TrainingFixtures.TODAY;
import static org.onlinelives.workforce.training.TrainingFixtures.completed;
import static org.onlinelives.workforce.training.TrainingFixtures.course;

class RefresherTests {

	@Test
	void statusTurnsDueSoonThirtyDaysAheadAndOverdueTheDayAfter() {
		assertThat(Refresher.statusOn(TODAY.plusDays(31), TODAY)).isEqualTo(Refresher.Status.CURRENT);
		assertThat(Refresher.statusOn(TODAY.plusDays(30), TODAY)).isEqualTo(Refresher.Status.DUE_SOON);
		assertThat(Refresher.statusOn(TODAY, TODAY)).isEqualTo(Refresher.Status.DUE_SOON);
		assertThat(Refresher.statusOn(TODAY.minusDays(1), TODAY)).isEqualTo(Refresher.Status.OVERDUE);
	}

	@Test
	void onlyTheLatestCompletionOfEachCourseCountsAndTheMostPressingComesFirst() {
		Course yearly = course(1, TrainingLevel.PRACTITIONER, 12);
		Course sixMonthly = course(2, TrainingLevel.AWARENESS, 6);
		Course other = course(3, TrainingLevel.SPECIALIST, 12);
		List<Refresher> refreshers = Refresher
			.of(List.of(completed(yearly, 5, LocalDate.of(2024, 1, 1)), completed(yearly, 5, LocalDate.of(2026, 3, 1)),
					completed(sixMonthly, 5, LocalDate.of(2025, 12, 1)), completed(other, 5, LocalDate.of(2025, 8, 1))),
					Map.of(1L, yearly, 2L, sixMonthly, 3L, other), TODAY);
		assertThat(refreshers).extracting((r) -> r.course().getId(), Refresher::due, Refresher::status)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(2L, LocalDate.of(2026, 6, 1), Refresher.Status.OVERDUE),
					org.assertj.core.groups.Tuple.tuple(3L, LocalDate.of(2026, 8, 1), Refresher.Status.DUE_SOON),
					org.assertj.core.groups.Tuple.tuple(1L, LocalDate.of(2027, 3, 1), Refresher.Status.CURRENT));
		assertThat(refreshers.get(0).isCurrent()).isFalse();
		assertThat(refreshers.get(1).isCurrent()).isTrue();
	}

}
