package org.onlinelives.assessment.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onlinelives.assessment.CaseStudiesHeld.HeldCaseStudy;

/**
 * Everything held about one young person, as stored: each row's columns in the order the
 * database holds them, values as text, numbers or true/false.
 *
 * @param youngPerson the record itself
 * @param practitioners the practitioners assigned to the record
 * @param assessments every assessment version, oldest first
 * @param caseStudies every case study proposed from the assessments and not yet
 * published, with its review history
 * @param accessLog every access-log entry about the record or its assessments
 */
public record SubjectAccessRecord(Instant compiledAt, String compiledBy, String caseReference,
		Map<String, Object> youngPerson, List<Map<String, Object>> practitioners, List<AssessmentVersion> assessments,
		List<HeldCaseStudy> caseStudies, List<Map<String, Object>> accessLog) {

	/**
	 * One assessment version with what hangs off it.
	 */
	public record AssessmentVersion(Map<String, Object> assessment, List<Map<String, Object>> tenCs,
			List<Map<String, Object>> flags, List<Map<String, Object>> prompts, List<Map<String, Object>> notes) {

	}

}
