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
 * @param age the young person's age today, or null if not known (read as under 18, so no
 * child route is lost)
 */
public record AssessmentFacts(Set<String> vulnerabilityFactors, Map<RiskCategory, Set<String>> scenarios,
		ImageSharingAnswers imageSharing, Set<String> offlineAdversities, Map<String, Integer> tenCsRatings,
		ConcernFlags concerns, Integer age) {

	/** The age from which adult routes replace child routes. */
	public static final int ADULT_AGE = 18;

	/**
	 * Facts for a young person whose age is not known.
	 */
	public AssessmentFacts(Set<String> vulnerabilityFactors, Map<RiskCategory, Set<String>> scenarios,
			ImageSharingAnswers imageSharing, Set<String> offlineAdversities, Map<String, Integer> tenCsRatings,
			ConcernFlags concerns) {
		this(vulnerabilityFactors, scenarios, imageSharing, offlineAdversities, tenCsRatings, concerns, null);
	}

	/**
	 * Whether adult routes apply: the young person is 18 or over.
	 * @return true from 18
	 */
	public boolean isAdult() {
		return this.age != null && this.age >= ADULT_AGE;
	}

	/**
	 * The same facts for a young person of the given age.
	 * @param years the age
	 * @return the facts with that age
	 */
	public AssessmentFacts withAge(Integer years) {
		return new AssessmentFacts(this.vulnerabilityFactors, this.scenarios, this.imageSharing,
				this.offlineAdversities, this.tenCsRatings, this.concerns, years);
	}

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
