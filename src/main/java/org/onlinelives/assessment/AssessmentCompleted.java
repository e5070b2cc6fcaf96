package org.onlinelives.assessment;

/**
 * An assessment version was completed. Carries de-identified data only, so the modules
 * listening never need to read the assessment module's records.
 *
 * @param snapshot the case as it is now
 */
public record AssessmentCompleted(CaseSnapshot snapshot) {
}
