package org.onlinelives.workforce.web;

import org.springframework.validation.Errors;

/** A completion as typed: whose (for a lead), which course, when, and evidence. */
record RecordForm(String personId, String courseId, String completedOn, String evidenceLink) {

	static RecordForm blank(long personId) {
		return new RecordForm(String.valueOf(personId), "", "", "");
	}

	void checkTypes(Errors errors) {
		if (TrainingForms.id(this.courseId) == null) {
			errors.rejectValue("courseId", "training.record.course.required");
		}
		if (TrainingForms.unreadable(this.personId, TrainingForms.id(this.personId))) {
			errors.rejectValue("personId", "training.record.person.invalid");
		}
		if (TrainingForms.unreadable(this.completedOn, TrainingForms.date(this.completedOn))) {
			errors.rejectValue("completedOn", "training.record.date.invalid");
		}
	}

}
