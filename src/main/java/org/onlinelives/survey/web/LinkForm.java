package org.onlinelives.survey.web;

import java.util.Optional;

import org.onlinelives.platform.web.FormValues;
import org.onlinelives.survey.design.SurveyLink;

import org.springframework.validation.BindingResult;

/** A school or group's link: its name and the most responses it may take. */
record LinkForm(String label, String maxResponses) {

	static LinkForm empty() {
		return new LinkForm("", "300");
	}

	Optional<Integer> maxValue() {
		return FormValues.toLong(this.maxResponses)
			.filter((value) -> value >= 1 && value <= SurveyLink.MAX_RESPONSES_LIMIT)
			.map(Long::intValue);
	}

	void validate(BindingResult result) {
		if (this.label == null || this.label.isBlank()) {
			result.rejectValue("label", "survey.link.label.required");
		}
		else if (this.label.strip().length() > SurveyLink.MAX_LABEL) {
			result.rejectValue("label", "survey.link.label.invalid");
		}
		if (maxValue().isEmpty()) {
			result.rejectValue("maxResponses", "survey.link.max.invalid");
		}
	}

}
