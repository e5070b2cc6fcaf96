package org.onlinelives.strategy.plan;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RagTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 4);

	static Stream<Arguments> cases() {
		LocalDate yesterday = TODAY.minusDays(1);
		LocalDate tomorrow = TODAY.plusDays(1);
		return Stream.of(
				// status, judged, due, shown
				arguments(PlanStatus.NOT_STARTED, Rag.GREEN, tomorrow, Rag.GREEN),
				arguments(PlanStatus.IN_PROGRESS, Rag.AMBER, tomorrow, Rag.AMBER),
				arguments(PlanStatus.IN_PROGRESS, Rag.RED, tomorrow, Rag.RED),
				arguments(PlanStatus.IN_PROGRESS, Rag.GREEN, TODAY, Rag.GREEN),
				// overdue and open: red, whatever was judged
				arguments(PlanStatus.IN_PROGRESS, Rag.GREEN, yesterday, Rag.RED),
				arguments(PlanStatus.NOT_STARTED, Rag.AMBER, yesterday, Rag.RED),
				// done: complete, even when late
				arguments(PlanStatus.DONE, Rag.RED, yesterday, Rag.COMPLETE),
				arguments(PlanStatus.DONE, Rag.GREEN, tomorrow, Rag.COMPLETE),
				// no judgement, or complete stored as a judgement: green until due
				arguments(PlanStatus.NOT_STARTED, null, tomorrow, Rag.GREEN),
				arguments(PlanStatus.IN_PROGRESS, Rag.COMPLETE, tomorrow, Rag.GREEN));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void theShownRatingFollowsStatusDueDateAndJudgement(PlanStatus status, Rag judged, LocalDate due, Rag shown) {
		assertThat(Rag.shown(status, judged, due, TODAY)).isEqualTo(shown);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void everyRatingHasAColourAndWords(PlanStatus status, Rag judged, LocalDate due, Rag shown) {
		assertThat(shown.tagClass()).startsWith("govuk-tag--");
		assertThat(shown.messageKey()).isEqualTo("strategy.rag." + shown.name());
		assertThat(shown.isJudgement()).isEqualTo(shown != Rag.COMPLETE);
	}

}
