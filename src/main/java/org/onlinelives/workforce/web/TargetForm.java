package org.onlinelives.workforce.web;

import org.onlinelives.workforce.training.TrainingLevel;
import org.onlinelives.workforce.training.TrainingTarget;
import org.springframework.validation.Errors;

/** The partnership's coverage target as typed. */
record TargetForm(String level, String percent, Long version) {

	static TargetForm of(TrainingTarget target) {
		return new TargetForm(target.getLevel().name(), String.valueOf(target.getPercent()), target.getVersion());
	}

	void checkTypes(Errors errors) {
		if (TrainingForms.unreadable(this.percent, TrainingForms.number(this.percent))) {
			errors.rejectValue("percent", "training.target.percent.range");
		}
	}

	TrainingLevel levelValue() {
		return TrainingForms.option(TrainingLevel.class, this.level);
	}

}
