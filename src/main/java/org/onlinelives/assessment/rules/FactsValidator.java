package org.onlinelives.assessment.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.onlinelives.assessment.catalogue.AnswerOption;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.RiskCategory;

/**
 * Refuses facts the catalogue does not know. An unknown code is a programming or data
 * error, never something to ignore: ignoring it could hide a factor or scenario from the
 * rules.
 */
final class FactsValidator {

	private final Catalogue catalogue;

	FactsValidator(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	void check(AssessmentFacts facts) {
		requireKnown("vulnerability factor", facts.vulnerabilityFactors(),
				(code) -> this.catalogue.factor(code).isPresent());
		facts.scenarios().forEach(this::checkScenarios);
		requireKnown("image-sharing reason", facts.imageSharing().whyShared(),
				(code) -> isAnswer(this.catalogue.imageSharing().whyShared(), code));
		requireKnown("image-sharing outcome", facts.imageSharing().whatHappenedAfter(),
				(code) -> isAnswer(this.catalogue.imageSharing().whatHappenedAfter(), code));
		requireKnown("offline adversity", facts.offlineAdversities(),
				(code) -> this.catalogue.offlineAdversity(code).isPresent());
		facts.tenCsRatings().forEach(this::checkRating);
	}

	private void checkScenarios(RiskCategory c, Set<String> codes) {
		for (String code : codes) {
			RiskCategory actual = this.catalogue.scenarioGroups()
				.stream()
				.filter((group) -> group.scenarios().stream().anyMatch((scenario) -> scenario.code().equals(code)))
				.map((group) -> group.c())
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown scenario code: " + code));
			if (actual != c) {
				throw new IllegalArgumentException("Scenario " + code + " belongs to " + actual + ", not " + c);
			}
		}
	}

	private void checkRating(String code, Integer level) {
		if (this.catalogue.tenC(code).isEmpty()) {
			throw new IllegalArgumentException("Unknown 10 Cs code: " + code);
		}
		if (level == null || this.catalogue.ratingLevel(level).isEmpty()) {
			throw new IllegalArgumentException("Rating " + level + " for " + code + " is not on the scale 1 to "
					+ this.catalogue.ratingScale().size());
		}
	}

	private static boolean isAnswer(List<AnswerOption> answers, String code) {
		return answers.stream().anyMatch((answer) -> answer.code().equals(code));
	}

	private static void requireKnown(String what, Set<String> codes, Predicate<String> known) {
		codes.stream().sorted().filter(known.negate()).findFirst().ifPresent((code) -> {
			throw new IllegalArgumentException("Unknown " + what + " code: " + code);
		});
	}

}
