package org.onlinelives.strategy.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onlinelives.selfaudit.AuditActionEscalated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationTests {

	private static final Instant NOW = Instant.parse("2026-06-04T13:05:00Z");

	private static PlanAction action(long partnershipId, long id) {
		PlanAction action = new PlanAction(id, partnershipId, StrategicPriority.LEADERSHIP, "Data sharing timetable",
				null, null, null, LocalDate.of(2027, 1, 1), PlanStatus.NOT_STARTED, Rag.GREEN, List.of(), null, 9L, NOW,
				0L);
		return action;
	}

	@Test
	void keepsTheEventsWordsAndIsPlacedOnce() {
		Escalation escalation = Escalation.received(new AuditActionEscalated(1L, 2L, 3L, 4L, "4.5",
				"We share data on a timetable", 1, "Agree dates with partners", "Needs every agency", NOW));
		assertThat(escalation.getStatementText()).isEqualTo("We share data on a timetable");
		assertThat(escalation.getScore()).isEqualTo(1);
		assertThat(escalation.isPlaced()).isFalse();

		escalation.placeUnder(action(1L, 50L), 9L, NOW);
		assertThat(escalation.getPlanActionId()).isEqualTo(50L);
		assertThat(escalation.isPlaced()).isTrue();
		assertThatThrownBy(() -> escalation.placeUnder(action(1L, 51L), 9L, NOW)).isInstanceOfSatisfying(
				StrategyRuleException.class,
				(refusal) -> assertThat(refusal.messageKey()).isEqualTo("strategy.escalation.alreadyPlaced"));
		assertThat(escalation.getPlanActionId()).isEqualTo(50L);
	}

	@Test
	void isNeverPlacedUnderAnotherPartnershipsAction() {
		Escalation escalation = Escalation
			.received(new AuditActionEscalated(1L, 2L, 3L, 4L, null, null, null, "Own action", "Reason", NOW));
		assertThatThrownBy(() -> escalation.placeUnder(action(2L, 50L), 9L, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(escalation.isPlaced()).isFalse();
	}

}
