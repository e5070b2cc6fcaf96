package org.onlinelives.casedata.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Period generation, opening, due dates and the timetable's rules.
 */
class ReturnTimetableTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static ReturnTimetable timetable(ReturnFrequency frequency, YearMonth first, int dueDays) {
		return ReturnTimetable.set(1L, frequency, first, dueDays, 7L, Instant.EPOCH, TODAY);
	}

	@Test
	void quarterlyPeriodsRunFromTheFirstMonthToTheNextNotYetOpenLatestFirst() {
		List<ReturnPeriod> periods = timetable(ReturnFrequency.QUARTERLY, YearMonth.of(2026, 4), 30).periods(TODAY);
		assertThat(periods).extracting(ReturnPeriod::key).containsExactly("2027-01", "2026-10", "2026-07", "2026-04");
		ReturnPeriod current = periods.get(1);
		assertThat(current.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(current.end()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(current.opens()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(current.due()).isEqualTo(LocalDate.of(2027, 1, 30));
		assertThat(current.isOpen(TODAY)).isTrue();
		assertThat(periods.get(0).isOpen(TODAY)).isFalse();
	}

	@Test
	void monthlyAndYearlyPeriodsHaveTheirLength() {
		List<ReturnPeriod> monthly = timetable(ReturnFrequency.MONTHLY, YearMonth.of(2026, 10), 10).periods(TODAY);
		assertThat(monthly).extracting(ReturnPeriod::key).containsExactly("2027-01", "2026-12", "2026-11", "2026-10");
		assertThat(monthly.get(1).first()).isEqualTo(monthly.get(1).last());
		List<ReturnPeriod> yearly = timetable(ReturnFrequency.YEARLY, YearMonth.of(2026, 4), 60).periods(TODAY);
		assertThat(yearly).extracting(ReturnPeriod::key).containsExactly("2026-04");
		assertThat(yearly.get(0).last()).isEqualTo(YearMonth.of(2027, 3));
		assertThat(yearly.get(0).isOpen(TODAY)).isFalse();
	}

	@Test
	void atMostTheLatestPeriodsAreListed() {
		List<ReturnPeriod> periods = timetable(ReturnFrequency.MONTHLY, YearMonth.of(2022, 1), 10).periods(TODAY);
		assertThat(periods).hasSize(ReturnTimetable.MAX_LISTED);
		assertThat(periods.get(0).key()).isEqualTo("2027-01");
	}

	@ParameterizedTest
	@CsvSource({ "2026-04, true", "2026-07, true", "2026-10, true", "2026-05, false", "2026-01, false",
			"2027-01, true" })
	void onlyMonthsThatStartAPeriodNameOne(String month, boolean found) {
		ReturnTimetable timetable = timetable(ReturnFrequency.QUARTERLY, YearMonth.of(2026, 4), 30);
		assertThat(timetable.period(YearMonth.parse(month)).isPresent()).as(month).isEqualTo(found);
	}

	@ParameterizedTest
	@CsvSource({ "2026-12-01, false, NOT_YET_SUBMITTED", "2026-11-30, false, NOT_OPEN",
			"2027-01-30, false, NOT_YET_SUBMITTED", "2027-01-31, false, OVERDUE", "2027-03-01, true, SUBMITTED",
			"2026-12-15, true, SUBMITTED" })
	void statusFollowsOpeningDueDateAndSubmission(String today, boolean submitted, ReturnStatus expected) {
		ReturnPeriod period = new ReturnPeriod(YearMonth.of(2026, 10), YearMonth.of(2026, 12), 30);
		assertThat(period.status(LocalDate.parse(today), submitted)).isEqualTo(expected);
	}

	@Test
	void aTimetableRefusesMissingAndOutOfRangeValuesNamingEachField() {
		assertThatThrownBy(() -> ReturnTimetable.set(1L, null, null, null, 7L, Instant.EPOCH, TODAY))
			.isInstanceOfSatisfying(ReturnRuleException.class,
					(ex) -> assertThat(ex.problems()).extracting(ReturnRuleException.Problem::field)
						.containsExactly("frequency", "firstMonth", "dueDays"));
		assertThat(ReturnTimetable.refusals(ReturnFrequency.MONTHLY, YearMonth.of(2021, 11), 0, TODAY))
			.extracting(ReturnRuleException.Problem::messageKey)
			.containsExactly("returns.timetable.firstMonth.range", "returns.timetable.dueDays.range");
		assertThat(ReturnTimetable.refusals(ReturnFrequency.MONTHLY, YearMonth.of(2028, 1), 181, TODAY))
			.extracting(ReturnRuleException.Problem::messageKey)
			.containsExactly("returns.timetable.firstMonth.range", "returns.timetable.dueDays.range");
		assertThat(ReturnTimetable.refusals(ReturnFrequency.MONTHLY, YearMonth.of(2021, 12), 180, TODAY)).isEmpty();
	}

	@Test
	void aChangeKeepsTheRulesAndTheNewPeriods() {
		ReturnTimetable timetable = timetable(ReturnFrequency.QUARTERLY, YearMonth.of(2026, 4), 30);
		assertThatThrownBy(
				() -> timetable.change(ReturnFrequency.MONTHLY, YearMonth.of(2026, 4), 999, 7L, Instant.EPOCH, TODAY))
			.isInstanceOf(ReturnRuleException.class);
		assertThat(timetable.getFrequency()).isEqualTo(ReturnFrequency.QUARTERLY);
		timetable.change(ReturnFrequency.MONTHLY, YearMonth.of(2026, 11), 14, 7L, Instant.EPOCH, TODAY);
		assertThat(timetable.periods(TODAY)).extracting(ReturnPeriod::key)
			.containsExactly("2027-01", "2026-12", "2026-11");
		assertThat(timetable.getDueDays()).isEqualTo(14);
	}

}
