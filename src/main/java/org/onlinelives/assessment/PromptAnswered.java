package org.onlinelives.assessment;

/**
 * A procedure prompt raised by an assessment was answered. Carries de-identified data
 * only, so the modules listening never need to read the assessment module's records.
 *
 * @param snapshot the case as it is now
 */
public record PromptAnswered(CaseSnapshot snapshot) {
}
