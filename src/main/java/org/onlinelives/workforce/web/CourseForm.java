package org.onlinelives.workforce.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.TrainingLevel;
import org.onlinelives.workforce.training.TrainingRuleException;
import org.springframework.validation.Errors;

/** A course as typed; numbers and the level are bound as text and read here. */
record CourseForm(String title, String level, String provider, String durationMinutes, List<String> supportedStatements,
		String refreshMonths, String retired, Long version) {

	static CourseForm blank() {
		return new CourseForm("", "", "", "", List.of(), String.valueOf(Course.DEFAULT_REFRESH_MONTHS), null, null);
	}

	static CourseForm of(Course course) {
		return new CourseForm(course.getTitle(), course.getLevel().name(), course.getProvider(),
				String.valueOf(course.getDurationMinutes()), course.getSupportedStatements(),
				String.valueOf(course.getRefreshMonths()), course.isRetired() ? "true" : null, course.getVersion());
	}

	private static final List<String> FIELD_ORDER = List.of("title", "level", "provider", "durationMinutes",
			"refreshMonths", "supportedStatements");

	/**
	 * Reports what cannot be read at all and every rule the course itself finds broken,
	 * in the order of the fields on the page.
	 */
	void check(Errors errors) {
		List<TrainingRuleException.Problem> problems = new ArrayList<>();
		if (TrainingForms.unreadable(this.level, levelValue())) {
			problems.add(new TrainingRuleException.Problem("level", "training.course.level.required"));
		}
		if (TrainingForms.unreadable(this.durationMinutes, TrainingForms.number(this.durationMinutes))) {
			problems.add(new TrainingRuleException.Problem("durationMinutes", "training.course.duration.notNumber"));
		}
		if (TrainingForms.unreadable(this.refreshMonths, TrainingForms.number(this.refreshMonths))) {
			problems.add(new TrainingRuleException.Problem("refreshMonths", "training.course.refresh.notNumber"));
		}
		problems.addAll(Course.problemsWith(details()));
		problems.sort(Comparator.comparingInt((problem) -> FIELD_ORDER.indexOf(problem.field())));
		TrainingForms.reject(errors, problems);
	}

	TrainingLevel levelValue() {
		return TrainingForms.option(TrainingLevel.class, this.level);
	}

	Course.Details details() {
		return new Course.Details(this.title, levelValue(), this.provider, TrainingForms.number(this.durationMinutes),
				(this.supportedStatements != null) ? this.supportedStatements : List.of(),
				TrainingForms.number(this.refreshMonths), "true".equals(this.retired));
	}

}
