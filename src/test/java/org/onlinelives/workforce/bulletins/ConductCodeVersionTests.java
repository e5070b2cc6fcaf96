package org.onlinelives.workforce.bulletins;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConductCodeVersionTests {

	private static final Instant NOW = Instant.parse("2026-06-04T13:05:00Z");

	@Test
	void versionsAreNumberedFromOneAndKeepTheirWords() {
		ConductCodeVersion first = ConductCodeVersion.after(null, 1L, "  Use approved accounts only.  ", " ", 9L, NOW);
		assertThat(first.getVersionNumber()).isEqualTo(1);
		assertThat(first.getBody()).isEqualTo("Use approved accounts only.");
		assertThat(first.getChangeSummary()).isNull();
		ConductCodeVersion second = ConductCodeVersion.after(first, 1L,
				"Use approved accounts only.\n\nNever forward an image a client sends.", "Adds images", 9L, NOW);
		assertThat(second.getVersionNumber()).isEqualTo(2);
		assertThat(second.paragraphs()).hasSize(2);
		assertThat(second.getChangeSummary()).isEqualTo("Adds images");
	}

	@Test
	void theSameWordsAreNotANewVersion() {
		ConductCodeVersion first = ConductCodeVersion.after(null, 1L, "Use approved\naccounts only.", null, 9L, NOW);
		assertThatThrownBy(() -> ConductCodeVersion.after(first, 1L, " Use approved  accounts   only. ", null, 9L, NOW))
			.isInstanceOfSatisfying(BulletinRuleException.class,
					(refusal) -> assertThat(refusal.messageKey()).isEqualTo("conduct.body.unchanged"));
	}

	@Test
	void textAndSummaryHaveLimitsReportedTogether() {
		assertThatThrownBy(
				() -> ConductCodeVersion.after(null, 1L, "", "s".repeat(ConductCodeVersion.MAX_SUMMARY + 1), 9L, NOW))
			.isInstanceOfSatisfying(BulletinRuleException.class,
					(refusal) -> assertThat(refusal.problems()).extracting(BulletinRuleException.Problem::messageKey)
						.containsExactly("conduct.body.required", "conduct.summary.tooLong"));
		assertThatThrownBy(
				() -> ConductCodeVersion.after(null, 1L, "b".repeat(ConductCodeVersion.MAX_BODY + 1), null, 9L, NOW))
			.isInstanceOfSatisfying(BulletinRuleException.class,
					(refusal) -> assertThat(refusal.messageKey()).isEqualTo("conduct.body.tooLong"));
	}

}
