package org.onlinelives.assessment.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.catalogue.Source;
import org.onlinelives.assessment.catalogue.VulnerabilityFactor;

/**
 * The four flag rules. Each returns at most one flag, with the facts that raised it.
 */
final class FlagRules {

	static final int INTENSIVE_SUPPORT_THRESHOLD = 4;

	static final int COMPOSITE_THRESHOLD = 2;

	static final Source INTENSIVE_SUPPORT_SOURCE = new Source("000", "3. Assessment tools, note to 3.4");

	static final Source SCREEN_OTHER_CS_SOURCE = new Source("000",
			"3. Assessment tools, note to 3.4 (Communities added from Bromley SCB online safety strategy §5.3)");

	static final Source COMPOSITE_SOURCE = new Source("003", "Framework for assessment: Composite and complex");

	static final Source LOOK_DEEPER_SOURCE = new Source("002",
			"§6.5; limits from §4.6–4.7 and the 10 Cs guide, Important note");

	private final Catalogue catalogue;

	private final Titles titles;

	FlagRules(Catalogue catalogue) {
		this.catalogue = catalogue;
		this.titles = new Titles(catalogue);
	}

	List<AssessmentFlag> evaluate(AssessmentFacts facts) {
		List<AssessmentFlag> flags = new ArrayList<>();
		intensiveSupport(facts, flags);
		screenOtherCs(facts, flags);
		compositeAndComplex(facts, flags);
		lookDeeperOnline(facts, flags);
		return flags;
	}

	// seed 000: four or more of the eight listed factors → intensive support. Only
	// those eight count; the other recorded factors (e.g. physical disability) are
	// named but not counted.
	private void intensiveSupport(AssessmentFacts facts, List<AssessmentFlag> flags) {
		Set<String> counting = this.catalogue.vulnerabilityFactors()
			.stream()
			.filter(VulnerabilityFactor::countsTowardIntensiveSupport)
			.map(VulnerabilityFactor::code)
			.filter((code) -> facts.vulnerabilityFactors().contains(code) || sameAsScenario(facts, code))
			.collect(Collectors.toSet());
		if (counting.size() < INTENSIVE_SUPPORT_THRESHOLD) {
			return;
		}
		String reason = counting.size() + " of the 8 listed vulnerability factors are recorded ("
				+ this.titles.factors(counting)
				+ "); 4 or more means this young person should be flagged for intensive support.";
		Set<String> notCounting = facts.vulnerabilityFactors()
			.stream()
			.filter((code) -> !counting.contains(code))
			.collect(Collectors.toSet());
		if (!notCounting.isEmpty()) {
			reason += " Also recorded but not counted: " + this.titles.factors(notCounting) + ".";
		}
		if (sameAsScenario(facts, Codes.CYBERBULLIED_FACTOR)
				&& !facts.vulnerabilityFactors().contains(Codes.CYBERBULLIED_FACTOR)) {
			reason += " Cyberbullied is counted from the Contact scenario \"Has been bullied online\".";
		}
		flags.add(new AssessmentFlag(FlagCode.INTENSIVE_SUPPORT_RECOMMENDED, reason, INTENSIVE_SUPPORT_SOURCE));
	}

	// The Cyberbullied factor and the Contact scenario of being bullied online are the
	// same fact asked twice (Online lives audit tool, note to 3.4 and the 4Cs table):
	// either one counts.
	private static boolean sameAsScenario(AssessmentFacts facts, String factor) {
		return Codes.CYBERBULLIED_FACTOR.equals(factor)
				&& facts.scenariosIn(RiskCategory.CONTACT).contains(Codes.CYBERBULLIED_SCENARIO);
	}

	// seed 000: problems in one C predict problems in the others → screen every C
	// with nothing recorded yet. With a scenario in all five there is nothing left to
	// screen, so no flag.
	private void screenOtherCs(AssessmentFacts facts, List<AssessmentFlag> flags) {
		Set<RiskCategory> withScenarios = EnumSet.noneOf(RiskCategory.class);
		for (RiskCategory c : RiskCategory.values()) {
			if (!facts.scenariosIn(c).isEmpty()) {
				withScenarios.add(c);
			}
		}
		Set<RiskCategory> others = EnumSet.allOf(RiskCategory.class);
		others.removeAll(withScenarios);
		if (withScenarios.isEmpty() || others.isEmpty()) {
			return;
		}
		Set<String> scenarios = facts.scenarios().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
		String reason = "Scenarios are recorded under " + this.titles.cs(withScenarios) + " ("
				+ this.titles.scenarios(scenarios)
				+ "). Problems in one C predict problems in the others, so also screen " + this.titles.cs(others) + ".";
		flags.add(new AssessmentFlag(FlagCode.SCREEN_OTHER_CS, reason, SCREEN_OTHER_CS_SOURCE));
	}

	// seed 003: composite and complex risk comes from several risks together.
	// "Several" is taken as two or more Cs rated in the top two levels of the scale,
	// or two or more offline adversities. The Composite and complex C itself is not
	// counted: it is what the flag asks the practitioner to rate.
	private void compositeAndComplex(AssessmentFacts facts, List<AssessmentFlag> flags) {
		int lowestHighRisk = this.catalogue.lowestHighRiskLevel();
		Set<String> highRiskCs = facts.tenCsRatings()
			.entrySet()
			.stream()
			.filter((rating) -> !rating.getKey().equals(Codes.COMPOSITE_AND_COMPLEX))
			.filter((rating) -> rating.getValue() >= lowestHighRisk)
			.map((rating) -> rating.getKey())
			.collect(Collectors.toSet());
		List<String> reasons = new ArrayList<>();
		if (highRiskCs.size() >= COMPOSITE_THRESHOLD) {
			reasons.add(highRiskCs.size() + " of the 10 Cs are rated " + lowestHighRisk + " or above ("
					+ this.titles.tenCs(highRiskCs) + ")");
		}
		if (facts.offlineAdversities().size() >= COMPOSITE_THRESHOLD) {
			reasons.add(facts.offlineAdversities().size() + " offline adversities occur together ("
					+ this.titles.adversities(facts.offlineAdversities()) + ")");
		}
		// Once Composite and complex is rated, the flag has done its job
		if (reasons.isEmpty() || facts.tenCsRatings().containsKey(Codes.COMPOSITE_AND_COMPLEX)) {
			return;
		}
		String reason = String.join("; ", reasons)
				+ ". Risks together can add up to a risk different from each alone: assess Composite and complex.";
		flags.add(new AssessmentFlag(FlagCode.COMPOSITE_AND_COMPLEX, reason, COMPOSITE_SOURCE));
	}

	// seed 002 §6.5: key family risk factors should always prompt a deeper look at
	// online life.
	private void lookDeeperOnline(AssessmentFacts facts, List<AssessmentFlag> flags) {
		if (facts.offlineAdversities().isEmpty()) {
			return;
		}
		String reason = "Offline adversity is recorded (" + this.titles.adversities(facts.offlineAdversities())
				+ "). Risk in the family should prompt a deeper look at the young person's online life and digital footprint."
				+ " Look only within an agreed framework and with the young person's knowledge: never covertly, never"
				+ " through a false or personal profile, and check anything found against what trusted sources already say.";
		flags.add(new AssessmentFlag(FlagCode.LOOK_DEEPER_ONLINE, reason, LOOK_DEEPER_SOURCE));
	}

}
