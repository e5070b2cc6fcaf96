package org.onlinelives.assessment;

/**
 * A case's outcome (and the agency's view of its online component) was recorded. Carries
 * de-identified data only, so the modules listening never need to read the assessment
 * module's records.
 *
 * @param snapshot the case as it is now
 */
public record OutcomeRecorded(CaseSnapshot snapshot) {
}
