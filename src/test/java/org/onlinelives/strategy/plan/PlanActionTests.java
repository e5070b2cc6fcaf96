package org.onlinelives.strategy.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanActionTests {

	private static final Instant NOW = Instant.parse("2026-06-04T13:05:00Z");

	private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

	private static PlanAction.Details details(String title, LocalDate due) {
		return new PlanAction.Details(StrategicPriority.TRAINING_AND_DEVELOPMENT, title, "  ", 4L, 8L, due,
				List.of(Recommendation.R6, Recommendation.R7));
	}

	@Test
	void aNewActionIsNotStartedAndGreenWithItsDetails() {
		PlanAction action = PlanAction.create(1L, details("  Yearly refreshers for all practitioners ", DUE), 9L, NOW);
		assertThat(action.getTitle()).isEqualTo("Yearly refreshers for all practitioners");
		assertThat(action.getDescription()).isNull();
		assertThat(action.getStatus()).isEqualTo(PlanStatus.NOT_STARTED);
		assertThat(action.getRag()).isEqualTo(Rag.GREEN);
		assertThat(action.getRecommendations()).containsExactly(Recommendation.R6, Recommendation.R7);
		assertThat(action.answers(Recommendation.R6)).isTrue();
		assertThat(action.answers(Recommendation.R8)).isFalse();
		assertThat(action.getNotes()).isEmpty();
		assertThat(action.latestNote()).isNull();
	}

	@Test
	void everyBrokenDetailIsReportedInFieldOrder() {
		PlanAction.Details broken = new PlanAction.Details(null, " ", "d".repeat(PlanAction.MAX_DESCRIPTION + 1), null,
				null, null, List.of());
		assertThat(PlanAction.problemsWith(broken)).extracting(StrategyRuleException.Problem::field)
			.containsExactly("priority", "title", "description", "dueDate");
		assertThat(PlanAction.problemsWith(details("t".repeat(PlanAction.MAX_TITLE + 1), LocalDate.of(1999, 12, 31))))
			.extracting(StrategyRuleException.Problem::messageKey)
			.containsExactly("strategy.action.title.tooLong", "strategy.action.due.range");
		assertThatThrownBy(() -> PlanAction.create(1L, broken, 9L, NOW)).isInstanceOf(StrategyRuleException.class);
	}

	@Test
	void progressNotesAreAddedWithTheStatusAndRatingTheyLeave() {
		PlanAction action = PlanAction.create(1L, details("Refreshers", DUE), 9L, NOW);
		action.recordProgress(" Courses booked ", PlanStatus.IN_PROGRESS, Rag.AMBER, 8L, NOW);
		action.recordProgress("Half the places filled", PlanStatus.IN_PROGRESS, Rag.RED, 8L, NOW.plusSeconds(60));
		assertThat(action.getStatus()).isEqualTo(PlanStatus.IN_PROGRESS);
		assertThat(action.getRag()).isEqualTo(Rag.RED);
		assertThat(action.getNotes()).extracting(PlanAction.ProgressNote::note)
			.containsExactly("Half the places filled", "Courses booked");
		assertThat(action.latestNote().rag()).isEqualTo(Rag.RED);
		assertThat(action.getNotes().get(1).rag()).isEqualTo(Rag.AMBER);

		// done needs no judgement, keeps the last one, and shows as complete
		action.recordProgress("All trained", PlanStatus.DONE, null, 8L, NOW.plusSeconds(120));
		assertThat(action.getRag()).isEqualTo(Rag.RED);
		assertThat(action.shownRag(LocalDate.of(2028, 1, 1))).isEqualTo(Rag.COMPLETE);
		assertThat(action.isOverdue(LocalDate.of(2028, 1, 1))).isFalse();
		assertThat(action.getNotes()).hasSize(3);
	}

	@Test
	void progressNeedsANoteAStatusAndForAnOpenActionAJudgement() {
		PlanAction action = PlanAction.create(1L, details("Refreshers", DUE), 9L, NOW);
		assertThatThrownBy(() -> action.recordProgress(" ", null, null, 8L, NOW)).isInstanceOfSatisfying(
				StrategyRuleException.class,
				(refusal) -> assertThat(refusal.problems()).extracting(StrategyRuleException.Problem::field)
					.containsExactly("note", "status"));
		assertThatThrownBy(() -> action.recordProgress("Started", PlanStatus.IN_PROGRESS, null, 8L, NOW))
			.isInstanceOfSatisfying(StrategyRuleException.class,
					(refusal) -> assertThat(refusal.messageKey()).isEqualTo("strategy.progress.rag.required"));
		assertThatThrownBy(() -> action.recordProgress("Started", PlanStatus.IN_PROGRESS, Rag.COMPLETE, 8L, NOW))
			.isInstanceOf(StrategyRuleException.class);
		assertThatThrownBy(
				() -> action.recordProgress("n".repeat(PlanAction.MAX_NOTE + 1), PlanStatus.DONE, null, 8L, NOW))
			.isInstanceOfSatisfying(StrategyRuleException.class,
					(refusal) -> assertThat(refusal.messageKey()).isEqualTo("strategy.progress.note.tooLong"));
		assertThat(action.getNotes()).isEmpty();
		assertThat(action.getStatus()).isEqualTo(PlanStatus.NOT_STARTED);
	}

	@Test
	void anOpenActionPastItsDueDateIsOverdueAndRed() {
		PlanAction action = PlanAction.create(1L, details("Refreshers", DUE), 9L, NOW);
		assertThat(action.isOverdue(DUE)).isFalse();
		assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
		assertThat(action.shownRag(DUE.plusDays(1))).isEqualTo(Rag.RED);
	}

}
