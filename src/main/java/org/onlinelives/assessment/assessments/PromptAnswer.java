package org.onlinelives.assessment.assessments;

/**
 * The practitioner's answer to a procedure prompt.
 */
public enum PromptAnswer {

	/** Done: when and by whom are recorded. */
	DONE,

	/** Not applicable here: why is recorded. */
	NOT_APPLICABLE

}
