package org.onlinelives.workforce.training;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onlinelives.workforce.training.TrainingFixtures.NOW;
import static org.onlinelives.workforce.training.TrainingFixtures.TODAY;
import static org.onlinelives.workforce.training.TrainingFixtures.course;

class TrainingRecordTests {

	private final Course yearly = course(1, TrainingLevel.PRACTITIONER, 12);

	@Test
	void theRefresherIsDueTheCoursesIntervalAfterCompletion() {
		TrainingRecord record = TrainingRecord.record(this.yearly, 5L, 10L, LocalDate.of(2026, 1, 31),
				" https://learning.example/cert/1 ", 5L, NOW, TODAY);
		assertThat(record.refresherDue(this.yearly)).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(record.refresherDue(course(2, TrainingLevel.AWARENESS, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(record.getEvidenceLink()).isEqualTo("https://learning.example/cert/1");
	}

	@Test
	void todayIsAllowedButTomorrowIsNot() {
		assertThat(TrainingRecord.record(this.yearly, 5L, 10L, TODAY, null, 5L, NOW, TODAY).getCompletedOn())
			.isEqualTo(TODAY);
		assertRefused(TODAY.plusDays(1), null, "completedOn", "training.record.date.future");
	}

	@Test
	void badDatesAndLinksAreRefusedWithTheirField() {
		assertRefused(null, null, "completedOn", "training.record.date.required");
		assertRefused(LocalDate.of(1999, 12, 31), null, "completedOn", "training.record.date.tooEarly");
		assertRefused(TODAY, "javascript:alert(1)", "evidenceLink", "training.record.evidence.invalid");
		assertRefused(TODAY, "not a link", "evidenceLink", "training.record.evidence.invalid");
		assertRefused(TODAY, "https://" + "a".repeat(500), "evidenceLink", "training.record.evidence.tooLong");
	}

	@Test
	void aRetiredCourseCannotBeRecorded() {
		Course retired = new Course(3L, 1L, "Old", TrainingLevel.AWARENESS, "P", 60, "", 12, true, 0L);
		assertThatThrownBy(() -> TrainingRecord.record(retired, 5L, 10L, TODAY, null, 5L, NOW, TODAY))
			.isInstanceOfSatisfying(TrainingRuleException.class,
					(refusal) -> assertThat(refusal.messageKey()).isEqualTo("training.record.course.retired"));
	}

	private void assertRefused(LocalDate on, String link, String field, String key) {
		assertThatThrownBy(() -> TrainingRecord.record(this.yearly, 5L, 10L, on, link, 5L, NOW, TODAY))
			.isInstanceOfSatisfying(TrainingRuleException.class, (refusal) -> {
				assertThat(refusal.field()).isEqualTo(field);
				assertThat(refusal.messageKey()).isEqualTo(key);
			});
	}

}
