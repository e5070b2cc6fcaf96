package org.onlinelives.assessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.platform.security.SignedInUser;

/**
 * The assessment module's published query for anonymised case studies (issue 12 item 6):
 * the de-identified material of a young person's latest completed assessment, for a
 * practitioner or lead of the holding agency, and the young person's own identifiers so
 * that a draft's text can be checked for them. The identifiers are for checking only and
 * are never stored with a case study.
 */
public interface CaseStudySources {

	/**
	 * The latest completed assessment of the young person with this case reference in the
	 * person's agency; empty when there is none the person may see, or no assessment of
	 * theirs is completed. The view is written to the access log.
	 */
	Optional<CaseStudySource> latestCompleted(SignedInUser user, String caseReference);

	/**
	 * The identifiers of the young person whose completed assessment this is, for
	 * checking a draft: empty when the assessment is outside the person's agency.
	 */
	List<String> identifiersOf(SignedInUser user, long assessmentId);

	/**
	 * De-identified material: no case reference, name, date or exact age.
	 *
	 * @param assessmentId the completed assessment, kept with a draft only until it is
	 * published
	 * @param ageBand the young person's age band today, one of
	 * {@link CaseSnapshot#AGE_BANDS}
	 * @param cs the Cs of the assessment's scenarios
	 * @param scenarios scenario codes
	 * @param factors vulnerability factor codes
	 * @param identifiers the young person's own identifiers (the case reference), for
	 * checking text only
	 */
	record CaseStudySource(long assessmentId, String ageBand, Set<String> cs, Set<String> scenarios,
			Set<String> factors, List<String> identifiers) {

		public CaseStudySource {
			cs = Set.copyOf(cs);
			scenarios = Set.copyOf(scenarios);
			factors = Set.copyOf(factors);
			identifiers = List.copyOf(identifiers);
		}

	}

}
