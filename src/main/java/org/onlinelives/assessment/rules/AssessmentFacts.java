package org.onlinelives.assessment.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.onlinelives.assessment.catalogue.RiskCategory;

/**
 * What the practitioner recorded in one assessment, as catalogue codes. Immutable; a
 * missing (null) part is read as "nothing recorded". Codes are checked against the
 * catalogue when the rules run, not here, because only the catalogue knows them.
 *
 * @param vulnerabilityFactors codes of the vulnerability factors present
 * @param scenarios codes of the high-risk scenarios present, by C
 * @param imageSharing answers about sharing an intimate picture
 * @param offlineAdversities codes of the offline adversities present in the family
 * @param tenCsRatings rating of each 10 C rated so far, by code (1 strong resilience … 5
 * high risk)
 * @param concerns the concern questions
 */
public record AssessmentFacts(Set<String> vulnerabilityFactors, Map<RiskCategory, Set<String>> scenarios,
		ImageSharingAnswers imageSharing, Set<String> offlineAdversities, Map<String, Integer> tenCsRatings,
		ConcernFlags concerns) {

	public AssessmentFacts {
		vulnerabilityFactors = (vulnerabilityFactors != null) ? Set.copyOf(vulnerabilityFactors) : Set.of();
		scenarios = copyOf(scenarios);
		imageSharing = (imageSharing != null) ? imageSharing : ImageSharingAnswers.NONE;
		offlineAdversities = (offlineAdversities != null) ? Set.copyOf(offlineAdversities) : Set.of();
		tenCsRatings = (tenCsRatings != null) ? Map.copyOf(tenCsRatings) : Map.of();
		concerns = (concerns != null) ? concerns : ConcernFlags.NONE;
	}

	/**
	 * An assessment with nothing recorded yet.
	 * @return empty facts
	 */
	public static AssessmentFacts none() {
		return new AssessmentFacts(null, null, null, null, null, null);
	}

	/**
	 * The scenarios recorded under one C.
	 * @param c the C
	 * @return the scenario codes, possibly empty
	 */
	public Set<String> scenariosIn(RiskCategory c) {
		return this.scenarios.getOrDefault(c, Set.of());
	}

	private static Map<RiskCategory, Set<String>> copyOf(Map<RiskCategory, Set<String>> scenarios) {
		Map<RiskCategory, Set<String>> copy = new EnumMap<>(RiskCategory.class);
		if (scenarios != null) {
			scenarios.forEach((c, codes) -> copy.put(c, Set.copyOf(codes)));
		}
		return Map.copyOf(copy);
	}

}
