package org.onlinelives.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The case studies held about a young person, for their subject access export (UK GDPR
 * Article 15): every case study proposed from their assessments and not yet published,
 * whatever step of its review it has reached. The module that keeps case studies
 * implements it, so that the assessment module gathers the export without knowing their
 * tables. A published case study is anonymised and its link to the assessment dropped, so
 * it is no longer held about anyone.
 */
public interface CaseStudiesHeld {

	/**
	 * Case studies drawn from these assessments in the holding agency, oldest first, as
	 * {@link SubjectAccessRows} writes them.
	 */
	List<HeldCaseStudy> proposedFrom(long partnershipId, long agencyId, Collection<Long> assessmentIds);

	/**
	 * One case study as stored.
	 *
	 * @param caseStudy its row: title, text, status, the lead's and administrator's
	 * comments
	 * @param dismissals each finding its author marked "not an identifier", with the
	 * reason
	 * @param history every access-log entry about it: who proposed, changed, submitted,
	 * approved or returned it, and when
	 */
	record HeldCaseStudy(Map<String, Object> caseStudy, List<Map<String, Object>> dismissals,
			List<Map<String, Object>> history) {

		public HeldCaseStudy {
			dismissals = List.copyOf(dismissals);
			history = List.copyOf(history);
		}

	}

}
