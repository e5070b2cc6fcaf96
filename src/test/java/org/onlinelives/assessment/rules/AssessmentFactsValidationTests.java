package org.onlinelives.assessment.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.catalogue.RiskCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.onlinelives.assessment.rules.FactsBuilder.facts;

class AssessmentFactsValidationTests {

	private final Catalogue catalogue = CatalogueLoader.loadCurrent();

	private final AssessmentRules rules = new AssessmentRules(this.catalogue);

	@Test
	void unknownVulnerabilityFactorIsRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rules.evaluate(facts().factors("ISOLATED", "LONELY").build()))
			.withMessage("Unknown vulnerability factor code: LONELY");
	}

	@Test
	void unknownScenarioIsRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rules.evaluate(facts().scenarios(RiskCategory.CONTENT, "CONTENT_MEMES").build()))
			.withMessage("Unknown scenario code: CONTENT_MEMES");
	}

	@Test
	void scenarioUnderTheWrongCIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rules.evaluate(facts().scenarios(RiskCategory.CONTENT, "CONDUCT_GAMING").build()))
			.withMessage("Scenario CONDUCT_GAMING belongs to CONDUCT, not CONTENT");
	}

	@Test
	void unknownImageSharingAnswersAreRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rules.evaluate(facts().sharedIntimateImage("SHARED_FOR_A_DARE").build()))
			.withMessage("Unknown image-sharing reason code: SHARED_FOR_A_DARE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rules.evaluate(facts().afterSharing("SHARED_FOR_FUN").build()))
			.withMessageContaining("SHARED_FOR_FUN");
	}

	@Test
	void unknownOfflineAdversityIsRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rules.evaluate(facts().adversities("POVERTY").build()))
			.withMessage("Unknown offline adversity code: POVERTY");
	}

	@Test
	void unknownTenCIsRefusedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rules.evaluate(facts().rated("CONFIDENCE", 3).build()))
			.withMessage("Unknown 10 Cs code: CONFIDENCE");
	}

	@Test
	void ratingsOffTheScaleAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.rules.evaluate(facts().rated("CONTACT", 0).build()))
			.withMessage("Rating 0 for CONTACT is not on the scale 1 to 5");
		assertThatIllegalArgumentException().isThrownBy(() -> this.rules.evaluate(facts().rated("CONTACT", 6).build()))
			.withMessage("Rating 6 for CONTACT is not on the scale 1 to 5");
	}

	@Test
	void factsAreImmutableCopies() {
		Set<String> factors = new HashSet<>(Set.of("ISOLATED"));
		AssessmentFacts facts = new AssessmentFacts(factors,
				Map.of(RiskCategory.CONTACT, Set.of("CONTACT_CYBERBULLIED")), null, null, null, null);
		factors.add("YOUNG_CARER");
		assertThat(facts.vulnerabilityFactors()).containsExactly("ISOLATED");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> facts.vulnerabilityFactors().add("CYBERBULLIED"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> facts.scenariosIn(RiskCategory.CONTACT).add("CONTACT_ACCOUNT_HACKED"));
	}

	@Test
	void missingPartsMeanNothingRecorded() {
		AssessmentFacts facts = new AssessmentFacts(null, null, null, null, null, null);
		assertThat(facts).isEqualTo(AssessmentFacts.none());
		assertThat(facts.concerns()).isEqualTo(ConcernFlags.NONE);
		assertThat(facts.scenariosIn(RiskCategory.COMMERCE)).isEmpty();
	}

	@Test
	void rulesRefuseACatalogueWithoutThePromptsTheyNeed() {
		Catalogue withoutPolice = new Catalogue(this.catalogue.version(), this.catalogue.vulnerabilityFactors(),
				this.catalogue.scenarioGroups(), this.catalogue.imageSharing(), this.catalogue.offlineAdversities(),
				this.catalogue.tenCs(), this.catalogue.ratingScale(),
				this.catalogue.procedurePrompts()
					.stream()
					.filter((prompt) -> !prompt.code().equals("POLICE_WITHOUT_DELAY"))
					.toList());
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> new AssessmentRules(withoutPolice))
			.withMessage("The catalogue lacks codes the assessment rules need: POLICE_WITHOUT_DELAY");
	}

}
