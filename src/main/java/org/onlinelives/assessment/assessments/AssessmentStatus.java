package org.onlinelives.assessment.assessments;

/**
 * Where an assessment version is: being recorded, or completed with its flags and prompts
 * fixed.
 */
public enum AssessmentStatus {

	IN_PROGRESS, COMPLETED

}
