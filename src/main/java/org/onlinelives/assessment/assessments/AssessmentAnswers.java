package org.onlinelives.assessment.assessments;

import java.util.Map;
import java.util.Set;

import org.onlinelives.assessment.rules.ConcernFlags;

/**
 * Every answer of an assessment at once, as the API sends them.
 *
 * @param vulnerabilityFactors factor codes
 * @param scenarios scenario codes
 * @param whyShared image-sharing reasons
 * @param whatHappenedAfter image-sharing outcomes
 * @param offlineAdversities offline adversity codes
 * @param offlineNotes offline context notes
 * @param concerns the concern questions
 * @param tenCs the 10 Cs, by code
 */
public record AssessmentAnswers(Set<String> vulnerabilityFactors, Set<String> scenarios, Set<String> whyShared,
		Set<String> whatHappenedAfter, Set<String> offlineAdversities, String offlineNotes, ConcernFlags concerns,
		Map<String, TenCEntry> tenCs) {

}
