package org.onlinelives.retention;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rules retention periods and legal holds keep themselves.
 */
class RetentionRulesTests {

	private static final HeldRecord RECORD = new HeldRecord(RecordType.YOUNG_PERSON, 7, 3L, "Agency", "REF-1");

	@Test
	void periodsStayWithinTheirBounds() {
		assertThat(RecordType.YOUNG_PERSON.defaultPeriod())
			.isEqualTo(new RetentionPeriod(RecordType.YOUNG_PERSON, 6, 25));
		assertThat(RecordType.AUDIT.defaultPeriod().years()).isEqualTo(6);
		assertThat(RecordType.ACCESS_LOG.defaultPeriod().years()).isEqualTo(7);
		assertThatIllegalArgumentException().isThrownBy(() -> new RetentionPeriod(RecordType.ACCESS_LOG, 0, null))
			.withMessage("retention.years.range");
		assertThatIllegalArgumentException().isThrownBy(() -> new RetentionPeriod(RecordType.AUDIT, 101, null))
			.withMessage("retention.years.range");
		assertThatIllegalArgumentException().isThrownBy(() -> new RetentionPeriod(RecordType.YOUNG_PERSON, 6, 17))
			.withMessage("retention.untilAge.range");
		// only young people's records are kept until an age
		assertThatIllegalArgumentException().isThrownBy(() -> new RetentionPeriod(RecordType.AUDIT, 6, 25))
			.withMessage("retention.untilAge.range");
	}

	@Test
	void aHoldNeedsAReasonAndIsLiftedOnce() {
		Instant now = Instant.parse("2026-12-01T10:00:00Z");
		assertThatIllegalArgumentException().isThrownBy(() -> LegalHold.place(1, RECORD, "  ", 5, "Lead", now))
			.withMessage("hold.reason.required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LegalHold.place(1, RECORD, "x".repeat(LegalHold.MAX_REASON + 1), 5, "Lead", now))
			.withMessage("hold.reason.tooLong");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LegalHold.place(1, new HeldRecord(RecordType.ACCESS_LOG, 1, null, null, null), "Why", 5,
					"Lead", now))
			.withMessage("hold.type.required");

		LegalHold hold = LegalHold.place(1, RECORD, " Court order ", 5, "Lead", now);
		assertThat(hold.isActive()).isTrue();
		assertThat(hold.getReason()).isEqualTo("Court order");
		assertThat(hold.getAgencyId()).isEqualTo(3L);
		hold.lift(6, "Admin", now.plusSeconds(60));
		assertThat(hold.isActive()).isFalse();
		assertThat(hold.getLiftedByName()).isEqualTo("Admin");
		assertThatIllegalStateException().isThrownBy(() -> hold.lift(6, "Admin", now))
			.withMessage("hold.alreadyLifted");
	}

}
