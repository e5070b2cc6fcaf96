package org.onlinelives.assessment.youngpeople;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onlinelives.retention.RecordType;
import org.onlinelives.retention.RetentionPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a young person's record falls due: the later of the years after the last activity
 * and the retention birthday.
 */
class YoungPeopleRetentionTests {

	@ParameterizedTest(name = "last activity {0}, born {1}, age {2}, {3} years / age {4} -> {5}")
	@CsvSource(nullValues = "-", value = {
			// the years decide: the 25th birthday has passed by then
			"2020-01-10, 2000-05-01, -, 6, 25, 2026-01-10",
			// the birthday decides
			"2020-01-10, 2010-05-01, -, 6, 25, 2035-05-01",
			// only an age: taken as late as it could be, 25 - 15 = 10 years after the
			// activity
			"2020-01-10, -, 15, 6, 25, 2030-01-10",
			// only an age, already older than the retention age
			"2020-01-10, -, 25, 6, 25, 2026-01-10",
			// no age rule: years only
			"2020-01-10, 2010-05-01, -, 6, -, 2026-01-10",
			// neither date of birth nor age
			"2020-01-10, -, -, 6, 25, 2026-01-10",
			// a longer schedule set by the administrator
			"2020-01-10, 2000-05-01, -, 10, 25, 2030-01-10" })
	void dueOnIsTheLaterOfTheTwoRules(LocalDate lastActivity, LocalDate dateOfBirth, Integer age, int years,
			Integer untilAge, LocalDate expected) {
		RetentionPeriod period = new RetentionPeriod(RecordType.YOUNG_PERSON, years, untilAge);
		assertThat(YoungPeopleRetention.dueOn(period, lastActivity, dateOfBirth, age)).isEqualTo(expected);
	}

}
