package org.onlinelives.selfaudit.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditActionEscalationTests {

	private static final Instant NOW = Instant.parse("2026-06-04T13:05:00Z");

	private static AuditAction action(ActionStatus status) {
		return new AuditAction(1L, 1L, 2L, 3L, "2.3", "Train staff", null, null, status, null, NOW, null, null, null,
				0L);
	}

	@Test
	void anOpenActionIsEscalatedOnceWithItsReason() {
		AuditAction action = action(ActionStatus.IN_PROGRESS);
		assertThat(action.isEscalated()).isFalse();
		action.escalate("  Needs partnership training  ", 7L, NOW);
		assertThat(action.isEscalated()).isTrue();
		assertThat(action.getEscalationReason()).isEqualTo("Needs partnership training");
		assertThat(action.getEscalatedBy()).isEqualTo(7L);
		assertThat(action.getEscalatedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> action.escalate("Again", 7L, NOW)).isInstanceOfSatisfying(AuditRuleException.class,
				(refusal) -> assertThat(refusal.messageKey()).isEqualTo("selfaudit.escalation.already"));
	}

	@Test
	void aDoneActionOrAMissingOrLongReasonIsRefused() {
		assertThatThrownBy(() -> action(ActionStatus.DONE).escalate("Reason", 7L, NOW)).isInstanceOfSatisfying(
				AuditRuleException.class,
				(refusal) -> assertThat(refusal.messageKey()).isEqualTo("selfaudit.escalation.done"));
		AuditAction open = action(ActionStatus.NOT_STARTED);
		assertThatThrownBy(() -> open.escalate(" ", 7L, NOW)).isInstanceOfSatisfying(AuditRuleException.class,
				(refusal) -> assertThat(refusal.messageKey()).isEqualTo("selfaudit.escalation.reason.required"));
		assertThatThrownBy(() -> open.escalate("r".repeat(AuditAction.MAX_ESCALATION_REASON + 1), 7L, NOW))
			.isInstanceOfSatisfying(AuditRuleException.class,
					(refusal) -> assertThat(refusal.messageKey()).isEqualTo("selfaudit.escalation.reason.tooLong"));
		assertThat(open.isEscalated()).isFalse();
	}

}
