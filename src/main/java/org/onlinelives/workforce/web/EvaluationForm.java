package org.onlinelives.workforce.web;

import org.springframework.validation.Errors;

/** An evaluation as typed: two confidence ratings and two optional comments. */
record EvaluationForm(String confidenceBefore, String confidenceAfter, String useful, String missing) {

	static EvaluationForm blank() {
		return new EvaluationForm(null, null, "", "");
	}

	void checkTypes(Errors errors) {
		if (TrainingForms.unreadable(this.confidenceBefore, TrainingForms.number(this.confidenceBefore))) {
			errors.rejectValue("confidenceBefore", "training.evaluation.confidence.range");
		}
		if (TrainingForms.unreadable(this.confidenceAfter, TrainingForms.number(this.confidenceAfter))) {
			errors.rejectValue("confidenceAfter", "training.evaluation.confidence.range");
		}
	}

}
