package org.onlinelives.selfaudit.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.onlinelives.selfaudit.audit.AuditFixtures.NOW;
import static org.onlinelives.selfaudit.audit.AuditFixtures.audit;
import static org.onlinelives.selfaudit.audit.AuditFixtures.cycle;
import static org.onlinelives.selfaudit.audit.AuditFixtures.scoredStatements;
import static org.onlinelives.selfaudit.audit.AuditFixtures.statements;

class AuditTests {

	@Test
	void startsInProgressAgainstTheCyclesFrameworkVersion() {
		Audit audit = Audit.start(cycle(2L, 4L), 2L, 3L, NOW);
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.IN_PROGRESS);
		assertThat(audit.getFrameworkVersion()).isEqualTo("2026-1");
		assertThat(audit.getAuditCycleId()).isEqualTo(5L);
	}

	@Test
	void refusesToStartForAnAgencyNotInTheCycle() {
		assertThatExceptionOfType(AuditRuleException.class).isThrownBy(() -> Audit.start(cycle(2L), 99L, 3L, NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("selfaudit.audit.notInCycle"));
	}

	@Test
	void submitsWhenAll36AreScored() {
		Audit audit = audit(AuditStatus.IN_PROGRESS);
		audit.submit(scoredStatements(audit, 2), 3L, NOW);
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.SUBMITTED);
		assertThat(audit.getSubmittedAt()).isEqualTo(NOW);
		assertThat(audit.getSubmittedBy()).isEqualTo(3L);
	}

	@Test
	void refusesToSubmitWith35Scored() {
		Audit audit = audit(AuditStatus.IN_PROGRESS);
		List<AuditStatement> statements = statements(audit.getId());
		statements.stream().skip(1).forEach((s) -> s.answer(audit, 3, "evidence", null, 3L, "Lead", NOW));
		assertThatExceptionOfType(AuditRuleException.class).isThrownBy(() -> audit.submit(statements, 3L, NOW))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("selfaudit.submit.incomplete");
				assertThat(ex.arguments()).containsExactly(35L, 36);
			});
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.IN_PROGRESS);
	}

	@org.junit.jupiter.api.Test
	void aScoreOfThreeOrFourNeedsEvidenceToBeSavedOrSubmitted() {
		Audit audit = audit(AuditStatus.IN_PROGRESS);
		List<AuditStatement> statements = statements(audit.getId());
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> statements.get(0).answer(audit, 4, "  ", null, 3L, "Lead", NOW));
		statements.get(0).answer(audit, 2, null, null, 3L, "Lead", NOW);
		assertThat(AuditStatement.lacksEvidence(3, null)).isTrue();
		assertThat(AuditStatement.lacksEvidence(4, " ")).isTrue();
		assertThat(AuditStatement.lacksEvidence(2, null)).isFalse();
		assertThat(AuditStatement.lacksEvidence(3, "Case file audit")).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = AuditStatus.class, names = "IN_PROGRESS", mode = EnumSource.Mode.EXCLUDE)
	void refusesASecondSubmission(AuditStatus status) {
		Audit audit = audit(status);
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> audit.submit(scoredStatements(audit(AuditStatus.IN_PROGRESS), 2), 3L, NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("selfaudit.submit.already"));
		assertThat(audit.getStatus()).isEqualTo(status);
	}

	@Test
	void beginQaMovesSubmittedToInQaAndLeavesInQaAlone() {
		Audit audit = audit(AuditStatus.SUBMITTED);
		audit.beginQa();
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.IN_QA);
		audit.beginQa();
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.IN_QA);
	}

	@ParameterizedTest
	@EnumSource(value = AuditStatus.class, names = { "IN_PROGRESS", "AGREED", "SIGNED_OFF" })
	void beginQaRefusedOutsideSubmittedOrInQa(AuditStatus status) {
		assertThatExceptionOfType(AuditRuleException.class).isThrownBy(() -> audit(status).beginQa());
	}

	@Test
	void agreesOnlyWhenEveryStatementIsAgreed() {
		Audit audit = audit(AuditStatus.IN_QA);
		List<AuditStatement> statements = scoredStatements(audit(AuditStatus.IN_PROGRESS), 2);
		statements.stream().skip(1).forEach((s) -> s.confirm(audit, 8L, "Reviewer", NOW));
		assertThatExceptionOfType(AuditRuleException.class).isThrownBy(() -> audit.agree(statements, NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("selfaudit.agree.open"));
		statements.get(0).confirm(audit, 8L, "Reviewer", NOW);
		audit.agree(statements, NOW);
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.AGREED);
	}

	@ParameterizedTest
	@EnumSource(value = AuditStatus.class, names = { "IN_PROGRESS", "SUBMITTED", "AGREED", "SIGNED_OFF" })
	void agreeRefusedOutsideQa(AuditStatus status) {
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> audit(status).agree(scoredStatements(audit(AuditStatus.IN_PROGRESS), 2), NOW));
	}

	@Test
	void signsOffAnAgreedAudit() {
		Audit audit = audit(AuditStatus.AGREED);
		audit.signOff(8L, NOW);
		assertThat(audit.getStatus()).isEqualTo(AuditStatus.SIGNED_OFF);
		assertThat(audit.isReadOnly()).isTrue();
		assertThat(audit.getSignedOffBy()).isEqualTo(8L);
	}

	@ParameterizedTest
	@EnumSource(value = AuditStatus.class, names = { "IN_PROGRESS", "SUBMITTED", "IN_QA" })
	void signOffRefusedBeforeAgreement(AuditStatus status) {
		assertThatExceptionOfType(AuditRuleException.class).isThrownBy(() -> audit(status).signOff(8L, NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("selfaudit.signOff.notAgreed"));
	}

	@Test
	void signOffTwiceRefused() {
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> audit(AuditStatus.SIGNED_OFF).signOff(8L, NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("selfaudit.signOff.already"));
	}

	@Test
	void statusMovesOnlyOneStepForward() {
		for (AuditStatus from : AuditStatus.values()) {
			for (AuditStatus to : AuditStatus.values()) {
				assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(to.ordinal() == from.ordinal() + 1);
			}
		}
	}

	@Test
	void assignsAndUnassignsSectionsWhileInProgress() {
		Audit audit = audit(AuditStatus.IN_PROGRESS);
		audit.assignSection(2, 40L);
		assertThat(audit.assigneeOf(2)).contains(40L);
		audit.assignSection(2, 41L);
		assertThat(audit.assigneeOf(2)).contains(41L);
		audit.assignSection(2, null);
		assertThat(audit.assigneeOf(2)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> audit.assignSection(7, 40L));
	}

	@Test
	void assignmentRefusedAfterSubmission() {
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> audit(AuditStatus.SUBMITTED).assignSection(1, 40L));
	}

}
