package org.onlinelives.assessment.youngpeople;

import java.time.Instant;

/**
 * One line of a caseload.
 *
 * @param id the young person
 * @param caseReference the agency's case reference
 * @param age age today
 * @param gender gender
 * @param onlineComponent whether the case has an online component
 * @param openUrgentPrompts urgent procedure prompts not yet answered
 * @param openPrompts procedure prompts not yet answered
 * @param updatedAt when the record last changed
 */
public record CaseloadRow(long id, String caseReference, int age, Gender gender, boolean onlineComponent,
		int openUrgentPrompts, int openPrompts, Instant updatedAt) {

}
