package org.onlinelives.workforce.training;

/**
 * How deep a course goes. A higher level also counts towards a target set at a lower one.
 */
public enum TrainingLevel {

	AWARENESS, PRACTITIONER, SPECIALIST;

	public boolean meets(TrainingLevel target) {
		return compareTo(target) >= 0;
	}

	public String messageKey() {
		return "training.level." + name();
	}

}
