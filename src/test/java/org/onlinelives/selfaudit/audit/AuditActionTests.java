package org.onlinelives.selfaudit.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.onlinelives.selfaudit.audit.AuditFixtures.NOW;
import static org.onlinelives.selfaudit.audit.AuditFixtures.audit;

class AuditActionTests {

	private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

	private AuditAction action(ActionStatus status) {
		return AuditAction.add(audit(AuditStatus.SUBMITTED), "1.1", " Count online cases ", 4L, DUE, status, " ", NOW);
	}

	@Test
	void addsToASubmittedAuditsPlanTrimmed() {
		AuditAction action = action(ActionStatus.NOT_STARTED);
		assertThat(action.getDescription()).isEqualTo("Count online cases");
		assertThat(action.getProgressNotes()).isNull();
		assertThat(action.getAgencyId()).isEqualTo(2L);
		assertThat(action.getAuditId()).isEqualTo(7L);
	}

	@Test
	void refusedBeforeSubmission() {
		assertThatExceptionOfType(AuditRuleException.class).isThrownBy(() -> AuditAction
			.add(audit(AuditStatus.IN_PROGRESS), "1.1", "x", null, null, ActionStatus.NOT_STARTED, null, NOW));
	}

	@Test
	void needsADescriptionOfUpTo1000Characters() {
		AuditAction action = action(ActionStatus.NOT_STARTED);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> action.change(" ", null, null, ActionStatus.NOT_STARTED, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> action.change("x".repeat(1001), null, null, ActionStatus.NOT_STARTED, null));
		action.change("x".repeat(1000), null, null, ActionStatus.NOT_STARTED, null);
		assertThat(action.getDescription()).hasSize(1000);
	}

	@ParameterizedTest
	@EnumSource(value = ActionStatus.class, names = { "NOT_STARTED", "IN_PROGRESS" })
	void openActionsPastTheirDueDateAreOverdue(ActionStatus status) {
		AuditAction action = action(status);
		assertThat(action.isOverdue(DUE)).isFalse();
		assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
	}

	@Test
	void doneActionsAreNeverOverdueNorCarried() {
		AuditAction action = action(ActionStatus.DONE);
		assertThat(action.isOverdue(DUE.plusYears(1))).isFalse();
		Audit later = new Audit(8L, 1L, 2L, 6L, "2026-1", AuditStatus.IN_PROGRESS, 3L, NOW, null, null, null, null,
				null, java.util.Set.of(), 0L);
		assertThat(action.isCarriedInto(later)).isFalse();
		assertThat(action(ActionStatus.IN_PROGRESS).isCarriedInto(later)).isTrue();
		assertThat(action(ActionStatus.IN_PROGRESS).isCarriedInto(audit(AuditStatus.SUBMITTED))).isFalse();
	}

	@Test
	void noDueDateIsNeverOverdue() {
		AuditAction action = action(ActionStatus.NOT_STARTED);
		action.change("x", null, null, ActionStatus.NOT_STARTED, null);
		assertThat(action.isOverdue(DUE.plusYears(5))).isFalse();
	}

}
