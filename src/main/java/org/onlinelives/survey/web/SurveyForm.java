package org.onlinelives.survey.web;

import java.util.Optional;

import org.onlinelives.platform.web.FormValues;
import org.onlinelives.survey.design.Survey;

import org.springframework.validation.BindingResult;

/** A new year's survey: the year and a title. */
record SurveyForm(String year, String title) {

	Optional<Integer> yearValue() {
		return FormValues.toLong(this.year).filter((value) -> value >= 2000 && value <= 2100).map(Long::intValue);
	}

	void validate(BindingResult result) {
		if (yearValue().isEmpty()) {
			result.rejectValue("year", "survey.year.invalid");
		}
		if (this.title == null || this.title.isBlank()) {
			result.rejectValue("title", "survey.title.required");
		}
		else if (this.title.strip().length() > Survey.MAX_TITLE) {
			result.rejectValue("title", "survey.title.invalid");
		}
	}

}
