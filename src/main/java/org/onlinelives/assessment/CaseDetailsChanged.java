package org.onlinelives.assessment;

/**
 * The details of a case already counted changed (age, gender, platforms, referral
 * source). Carries de-identified data only, so the modules listening never need to read
 * the assessment module's records.
 *
 * @param snapshot the case as it is now
 */
public record CaseDetailsChanged(CaseSnapshot snapshot) {
}
