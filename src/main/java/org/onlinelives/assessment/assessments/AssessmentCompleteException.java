package org.onlinelives.assessment.assessments;

/**
 * A change to a completed version was asked for. Completed versions stay as they were; a
 * reassessment is a new version.
 */
public class AssessmentCompleteException extends IllegalStateException {

	public AssessmentCompleteException(long assessmentId) {
		super("Assessment " + assessmentId + " is complete; start a reassessment to change it");
	}

}
