package org.onlinelives.assessment.assessments;

import java.time.Instant;
import java.util.List;

/**
 * One version in a young person's list of assessments: what the record and summary pages
 * show of it, read without loading its answers.
 *
 * @param id the assessment
 * @param sequenceNumber which version, from 1
 * @param status in progress or completed
 * @param completedAt when it was completed, or null
 * @param openUrgentPrompts the codes of its urgent prompts not yet answered, in the order
 * they were raised
 */
public record AssessmentVersion(long id, int sequenceNumber, AssessmentStatus status, Instant completedAt,
		List<String> openUrgentPrompts) {

	public AssessmentVersion {
		openUrgentPrompts = List.copyOf(openUrgentPrompts);
	}

	public boolean complete() {
		return this.status == AssessmentStatus.COMPLETED;
	}

}
