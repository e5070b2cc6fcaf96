package org.onlinelives.families.directory;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an entry stands against its review date, around each boundary. */
class ReviewStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 4);

	@ParameterizedTest(name = "review {0} days from today: {1}")
	@CsvSource({ "-400, OVERDUE", "-1, OVERDUE", "0, DUE_SOON", "1, DUE_SOON", "30, DUE_SOON", "31, CURRENT",
			"365, CURRENT" })
	void overdueOnlyOnceTheDateHasPassedAndDueSoonForThirtyDaysBefore(int days, ReviewStatus expected) {
		assertThat(ReviewStatus.of(TODAY.plusDays(days), TODAY)).isEqualTo(expected);
	}

}
