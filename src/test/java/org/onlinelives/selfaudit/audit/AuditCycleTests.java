package org.onlinelives.selfaudit.audit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.onlinelives.selfaudit.audit.AuditFixtures.NOW;

class AuditCycleTests {

	private static final LocalDate START = LocalDate.of(2026, 4, 1);

	private static final LocalDate END = LocalDate.of(2027, 3, 31);

	@Test
	void opensForChosenAgencies() {
		AuditCycle cycle = AuditCycle.open(1L, " Spring ", START, END, END, List.of(2L, 3L), "2026-1", 9L, NOW);
		assertThat(cycle.getName()).isEqualTo("Spring");
		assertThat(cycle.agencyIds()).containsExactlyInAnyOrder(2L, 3L);
		assertThat(cycle.includes(2L)).isTrue();
		assertThat(cycle.includes(4L)).isFalse();
	}

	@Test
	void periodMayBeOneDay() {
		AuditCycle oneDay = AuditCycle.open(1L, "One day", START, START, START, List.of(2L), "2026-1", 9L, NOW);
		assertThat(oneDay.getPeriodStart()).isEqualTo(START);
		assertThat(oneDay.getPeriodEnd()).isEqualTo(START);
		assertThat(oneDay.includes(2L)).isTrue();
	}

	@Test
	void refusesPeriodEndingBeforeItStarts() {
		refused("selfaudit.cycle.periodEnd.beforeStart", "X", START, START.minusDays(1), END, List.of(2L));
	}

	@Test
	void refusesDeadlineBeforeThePeriod() {
		refused("selfaudit.cycle.deadline.beforeStart", "X", START, END, START.minusDays(1), List.of(2L));
	}

	@Test
	void refusesNoAgencies() {
		refused("selfaudit.cycle.agencies.required", "X", START, END, END, List.of());
	}

	@Test
	void refusesBlankOrLongName() {
		refused("selfaudit.cycle.name.required", " ", START, END, END, List.of(2L));
		refused("selfaudit.cycle.name.required", "x".repeat(201), START, END, END, List.of(2L));
	}

	@Test
	void refusesMissingDates() {
		refused("selfaudit.cycle.dates.required", "X", null, END, END, List.of(2L));
	}

	@Test
	void pastDeadlineIsTheDayAfter() {
		AuditCycle cycle = AuditCycle.open(1L, "X", START, END, END, List.of(2L), "2026-1", 9L, NOW);
		assertThat(cycle.isPastDeadline(END)).isFalse();
		assertThat(cycle.isPastDeadline(END.plusDays(1))).isTrue();
	}

	private static void refused(String key, String name, LocalDate start, LocalDate end, LocalDate deadline,
			List<Long> agencies) {
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> AuditCycle.open(1L, name, start, end, deadline, agencies, "2026-1", 9L, NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
