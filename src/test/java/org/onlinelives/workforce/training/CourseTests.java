package org.onlinelives.workforce.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onlinelives.workforce.training.TrainingFixtures.details;

class CourseTests {

	@Test
	void aNewCourseRefreshesYearlyUnlessToldOtherwise() {
		Course course = Course.create(1L, details("  Online harms  ", TrainingLevel.AWARENESS, 60, null, null));
		assertThat(course.getTitle()).isEqualTo("Online harms");
		assertThat(course.getRefreshMonths()).isEqualTo(12);
		assertThat(course.getSupportedStatements()).isEmpty();
	}

	@Test
	void supportedStatementsAreKeptInOrderWithoutRepeats() {
		Course course = Course.create(1L,
				details("Sexting", TrainingLevel.PRACTITIONER, 90, List.of("2.3", "2.1", "2.3"), 6));
		assertThat(course.getSupportedStatements()).containsExactly("2.1", "2.3");
		assertThat(course.getRefreshMonths()).isEqualTo(6);
	}

	@Test
	void eachBrokenRuleNamesItsField() {
		assertRefused(details(" ", TrainingLevel.AWARENESS, 60, null, 12), "title", "training.course.title.required");
		assertRefused(details("x".repeat(201), TrainingLevel.AWARENESS, 60, null, 12), "title",
				"training.course.title.tooLong");
		assertRefused(details("A", null, 60, null, 12), "level", "training.course.level.required");
		assertRefused(details("A", TrainingLevel.AWARENESS, 0, null, 12), "durationMinutes",
				"training.course.duration.range");
		assertRefused(details("A", TrainingLevel.AWARENESS, null, null, 12), "durationMinutes",
				"training.course.duration.range");
		assertRefused(details("A", TrainingLevel.AWARENESS, 60, null, 0), "refreshMonths",
				"training.course.refresh.range");
		assertRefused(details("A", TrainingLevel.AWARENESS, 60, null, 61), "refreshMonths",
				"training.course.refresh.range");
		assertRefused(details("A", TrainingLevel.AWARENESS, 60, List.of("7.1"), 12), "supportedStatements",
				"training.course.statements.invalid");
		assertRefused(new Course.Details("A", TrainingLevel.AWARENESS, " ", 60, null, 12, false), "provider",
				"training.course.provider.required");
	}

	@Test
	void aRefusedChangeLeavesTheCourseAsItWas() {
		Course course = Course.create(1L, details("Gaming", TrainingLevel.AWARENESS, 60, null, 12));
		assertThatThrownBy(() -> course.change(details("Gaming 2", TrainingLevel.SPECIALIST, -5, null, 12)))
			.isInstanceOf(TrainingRuleException.class);
		assertThat(course.getTitle()).isEqualTo("Gaming");
		assertThat(course.getLevel()).isEqualTo(TrainingLevel.AWARENESS);
	}

	@Test
	void aHigherLevelMeetsALowerTarget() {
		assertThat(TrainingLevel.SPECIALIST.meets(TrainingLevel.PRACTITIONER)).isTrue();
		assertThat(TrainingLevel.PRACTITIONER.meets(TrainingLevel.PRACTITIONER)).isTrue();
		assertThat(TrainingLevel.AWARENESS.meets(TrainingLevel.PRACTITIONER)).isFalse();
	}

	private static void assertRefused(Course.Details details, String field, String key) {
		assertThatThrownBy(() -> Course.create(1L, details)).isInstanceOfSatisfying(TrainingRuleException.class,
				(refusal) -> {
					assertThat(refusal.field()).isEqualTo(field);
					assertThat(refusal.messageKey()).isEqualTo(key);
				});
	}

}
