package org.onlinelives.assessment.assessments;

/**
 * An unanswered urgent prompt, for the home page.
 *
 * @param youngPersonId the young person
 * @param caseReference their case reference
 * @param assessmentId the assessment that raised it
 * @param sequenceNumber which version of the assessment
 * @param code the prompt
 */
public record OpenPrompt(long youngPersonId, String caseReference, long assessmentId, int sequenceNumber, String code) {

}
