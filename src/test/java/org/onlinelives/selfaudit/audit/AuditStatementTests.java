package org.onlinelives.selfaudit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.onlinelives.selfaudit.audit.AuditFixtures.NOW;
import static org.onlinelives.selfaudit.audit.AuditFixtures.audit;
import static org.onlinelives.selfaudit.audit.AuditFixtures.statements;

class AuditStatementTests {

	private final Audit inProgress = audit(AuditStatus.IN_PROGRESS);

	private final Audit inQa = audit(AuditStatus.IN_QA);

	private AuditStatement statement() {
		return statements(7L).get(0);
	}

	private AuditStatement scored(int score) {
		AuditStatement statement = statement();
		statement.answer(this.inProgress, score, "We do", null, 3L, "Lead", NOW);
		return statement;
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void acceptsEveryScoreOnTheScale(int score) {
		AuditStatement statement = statement();
		ScoreChange change = statement
			.answer(this.inProgress, score, " text ", "https://example.org/a\n\n http://x.test ", 3L, "Lead", NOW)
			.orElseThrow();
		assertThat(statement.getScore()).isEqualTo(score);
		assertThat(statement.getEvidence()).isEqualTo("text");
		assertThat(statement.linkList()).containsExactly("https://example.org/a", "http://x.test");
		assertThat(change.fromScore()).isNull();
		assertThat(change.toScore()).isEqualTo(score);
		assertThat(change.kind()).isEqualTo(ScoreChange.Kind.SCORED);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 5, 100 })
	void refusesScoresOffTheScale(int score) {
		AuditStatement statement = statement();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> statement.answer(this.inProgress, score, null, null, 3L, "Lead", NOW));
		assertThat(statement.getScore()).isNull();
	}

	@Test
	void leavingUnscoredIsAllowedAndUnchangedScoreMakesNoHistory() {
		AuditStatement statement = scored(2);
		assertThat(statement.answer(this.inProgress, 2, "more", null, 3L, "Lead", NOW)).isEmpty();
		assertThat(statement.answer(this.inProgress, null, "more", null, 3L, "Lead", NOW)).isPresent();
		assertThat(statement.isScored()).isFalse();
	}

	@Test
	void evidenceUpTo10000Characters() {
		AuditStatement statement = statement();
		statement.answer(this.inProgress, 1, "e".repeat(10_000), null, 3L, "Lead", NOW);
		assertThat(statement.getEvidence()).hasSize(10_000);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> statement.answer(this.inProgress, 1, "e".repeat(10_001), null, 3L, "Lead", NOW));
	}

	@Test
	void refusesLinksThatAreNotWebAddresses() {
		AuditStatement statement = statement();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> statement.answer(this.inProgress, 1, null, "javascript:alert(1)", 3L, "Lead", NOW));
	}

	@ParameterizedTest
	@EnumSource(value = AuditStatus.class, names = "IN_PROGRESS", mode = EnumSource.Mode.EXCLUDE)
	void refusesAnswersOnceSubmitted(AuditStatus status) {
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> statement().answer(audit(status), 1, null, null, 3L, "Lead", NOW));
	}

	@Test
	void signedOffRefusalSaysSo() {
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> statement().answer(audit(AuditStatus.SIGNED_OFF), 1, null, null, 3L, "Lead", NOW))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("selfaudit.audit.signedOff"));
	}

	@Test
	void refusesAnAnswerForAnotherAudit() {
		AuditStatement statement = statements(99L).get(0);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> statement.answer(this.inProgress, 1, null, null, 3L, "Lead", NOW));
	}

	@Test
	void confirmAgreesTheAgencysScore() {
		AuditStatement statement = scored(3);
		ScoreChange change = statement.confirm(this.inQa, 8L, "Reviewer", NOW);
		assertThat(statement.isAgreed()).isTrue();
		assertThat(statement.getAgreedScore()).isEqualTo(3);
		assertThat(change.kind()).isEqualTo(ScoreChange.Kind.AGREED);
	}

	@Test
	void challengeThenAcceptTakesTheProposedScore() {
		AuditStatement statement = scored(4);
		statement.challenge(this.inQa, "Little evidence", 2);
		assertThat(statement.getQaState()).isEqualTo(QaState.CHALLENGED);
		ScoreChange change = statement.acceptChallenge(this.inQa, 3L, "Lead", NOW);
		assertThat(statement.getScore()).isEqualTo(2);
		assertThat(statement.getAgreedScore()).isEqualTo(2);
		assertThat(change.fromScore()).isEqualTo(4);
		assertThat(change.toScore()).isEqualTo(2);
		assertThat(change.reason()).isEqualTo("Little evidence");
		assertThat(change.kind()).isEqualTo(ScoreChange.Kind.CHALLENGE_ACCEPTED);
	}

	@Test
	void challengeThenAnswerGoesBackToTheReviewer() {
		AuditStatement statement = scored(4);
		statement.challenge(this.inQa, "Little evidence", 2);
		statement.answerChallenge(this.inQa, "See the audit report");
		assertThat(statement.getQaState()).isEqualTo(QaState.ANSWERED);
		assertThat(statement.getScore()).isEqualTo(4);
		statement.confirm(this.inQa, 8L, "Reviewer", NOW);
		assertThat(statement.getAgreedScore()).isEqualTo(4);
	}

	@Test
	void challengeNeedsCommentAndScoreOnTheScaleThatDiffers() {
		AuditStatement statement = scored(3);
		assertThatIllegalArgumentException().isThrownBy(() -> statement.challenge(this.inQa, " ", 2));
		assertThatIllegalArgumentException().isThrownBy(() -> statement.challenge(this.inQa, "x", 5));
		assertThatIllegalArgumentException().isThrownBy(() -> statement.challenge(this.inQa, "x", null));
		assertThatExceptionOfType(AuditRuleException.class).isThrownBy(() -> statement.challenge(this.inQa, "x", 3));
		assertThat(statement.getQaState()).isEqualTo(QaState.NOT_REVIEWED);
	}

	@Test
	void cannotAcceptOrAnswerWithoutAChallenge() {
		AuditStatement statement = scored(3);
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> statement.acceptChallenge(this.inQa, 3L, "Lead", NOW));
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> statement.answerChallenge(this.inQa, "why"));
	}

	@Test
	void cannotReviewAnAgreedStatementAgain() {
		AuditStatement statement = scored(3);
		statement.confirm(this.inQa, 8L, "Reviewer", NOW);
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> statement.confirm(this.inQa, 8L, "Reviewer", NOW));
		assertThatExceptionOfType(AuditRuleException.class).isThrownBy(() -> statement.challenge(this.inQa, "x", 1));
	}

	@ParameterizedTest
	@EnumSource(value = AuditStatus.class, names = "IN_QA", mode = EnumSource.Mode.EXCLUDE)
	void qaOnlyWhileInQa(AuditStatus status) {
		AuditStatement statement = scored(3);
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> statement.confirm(audit(status), 8L, "Reviewer", NOW));
		assertThatExceptionOfType(AuditRuleException.class)
			.isThrownBy(() -> statement.challenge(audit(status), "x", 1));
	}

	@Test
	void differsFromComparesWhatWouldBeStored() {
		AuditStatement statement = statement();
		statement.answer(this.inProgress, 2, " text ", "https://a.org\n", 3L, "Lead", NOW);
		assertThat(statement.differsFrom(2, "text", "https://a.org")).isFalse();
		assertThat(statement.differsFrom(2, " text\n", " https://a.org \n\n")).isFalse();
		assertThat(statement.differsFrom(3, "text", "https://a.org")).isTrue();
		assertThat(statement.differsFrom(2, "other", "https://a.org")).isTrue();
		assertThat(statement.differsFrom(2, "text", null)).isTrue();
		assertThat(statement.differsFrom(2, "text", "not a link")).isTrue();
	}

}
