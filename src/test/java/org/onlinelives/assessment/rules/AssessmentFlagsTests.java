package org.onlinelives.assessment.rules;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.catalogue.RiskCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.assessment.rules.FactsBuilder.facts;

class AssessmentFlagsTests {

	static final List<String> COUNTING = List.of("YOUNG_CARER", "IN_OR_LEAVING_CARE", "LEARNING_DIFFICULTY",
			"COMMUNICATION_DIFFICULTY", "EMOTIONAL_DIFFICULTIES", "MENTAL_HEALTH_DIFFICULTIES", "ISOLATED",
			"CYBERBULLIED");

	static final List<String> NOT_COUNTING = List.of("PHYSICAL_DISABILITY", "VISION_DIFFICULTY",
			"LONG_STANDING_ILLNESS", "OTHER_SEN");

	private final AssessmentRules rules = new AssessmentRules(CatalogueLoader.loadCurrent());

	@Test
	void nothingRecordedRaisesNothing() {
		AssessmentOutcome outcome = this.rules.evaluate(AssessmentFacts.none());
		assertThat(outcome.flags()).isEmpty();
		assertThat(outcome.prompts()).isEmpty();
	}

	@Test
	void allFourFlagsCanBeRaisedTogetherEachWithReasonAndSource() {
		AssessmentOutcome outcome = this.rules.evaluate(facts().factors(COUNTING)
			.scenarios(RiskCategory.CONTENT, "CONTENT_HATE_SITES")
			.adversities("NEGLECT", "DOMESTIC_ABUSE")
			.build());
		assertThat(outcome.flagCodes()).containsExactly(FlagCode.values());
		assertThat(outcome.flags()).allSatisfy((flag) -> {
			assertThat(flag.reason()).isNotBlank();
			assertThat(flag.source().seed()).isNotBlank();
			assertThat(flag.source().section()).isNotBlank();
		});
	}

	@Test
	void sameFactsGiveTheSameOutcome() {
		AssessmentFacts facts = facts().factors(COUNTING).sharedIntimateImage("SHARED_UNDER_THREAT").build();
		assertThat(this.rules.evaluate(facts)).isEqualTo(this.rules.evaluate(facts));
	}

	@Nested
	class IntensiveSupport {

		@ParameterizedTest(name = "{0} counting factors → flagged: {1}")
		@MethodSource("org.onlinelives.assessment.rules.AssessmentFlagsTests#countingFactorBoundaries")
		void fourOrMoreOfTheEightListedFactors(int count, boolean flagged) {
			AssessmentOutcome outcome = AssessmentFlagsTests.this.rules
				.evaluate(facts().factors(COUNTING.subList(0, count)).build());
			assertThat(outcome.hasFlag(FlagCode.INTENSIVE_SUPPORT_RECOMMENDED)).isEqualTo(flagged);
		}

		@Test
		void theCyberbulliedScenarioCountsAsTheCyberbulliedFactor() {
			AssessmentOutcome outcome = AssessmentFlagsTests.this.rules
				.evaluate(facts().factors("YOUNG_CARER", "ISOLATED", "LEARNING_DIFFICULTY")
					.scenarios(RiskCategory.CONTACT, "CONTACT_CYBERBULLIED")
					.build());
			assertThat(outcome.flag(FlagCode.INTENSIVE_SUPPORT_RECOMMENDED).orElseThrow().reason())
				.startsWith("4 of the 8 listed vulnerability factors")
				.contains("Cyberbullied is counted from the Contact scenario");
		}

		@Test
		void theFactorAndTheScenarioTogetherCountOnce() {
			assertThat(AssessmentFlagsTests.this.rules
				.evaluate(facts().factors("YOUNG_CARER", "ISOLATED", "CYBERBULLIED")
					.scenarios(RiskCategory.CONTACT, "CONTACT_CYBERBULLIED")
					.build())
				.hasFlag(FlagCode.INTENSIVE_SUPPORT_RECOMMENDED)).isFalse();
		}

		@Test
		void factorsOutsideTheEightDoNotCount() {
			AssessmentOutcome outcome = AssessmentFlagsTests.this.rules
				.evaluate(facts().factors(COUNTING.subList(0, 3)).factors(NOT_COUNTING).build());
			assertThat(outcome.hasFlag(FlagCode.INTENSIVE_SUPPORT_RECOMMENDED)).isFalse();
		}

		@Test
		void allFourNonCountingFactorsAloneDoNotFlag() {
			AssessmentOutcome outcome = AssessmentFlagsTests.this.rules.evaluate(facts().factors(NOT_COUNTING).build());
			assertThat(outcome.hasFlag(FlagCode.INTENSIVE_SUPPORT_RECOMMENDED)).isFalse();
		}

		@Test
		void reasonNamesTheCountingFactorsAndTheOnesNotCounted() {
			AssessmentFlag flag = AssessmentFlagsTests.this.rules
				.evaluate(facts().factors("YOUNG_CARER", "ISOLATED", "CYBERBULLIED", "LEARNING_DIFFICULTY", "OTHER_SEN")
					.build())
				.flag(FlagCode.INTENSIVE_SUPPORT_RECOMMENDED)
				.orElseThrow();
			assertThat(flag.reason()).startsWith("4 of the 8 listed vulnerability factors")
				.contains("Young carer", "Learning difficulty", "Isolated", "Cyberbullied")
				.contains("not counted: Other special educational needs");
			assertThat(flag.source().seed()).isEqualTo("000");
			assertThat(flag.source().section()).contains("3.4");
		}

	}

	static Stream<Arguments> countingFactorBoundaries() {
		return IntStream.rangeClosed(0, 8).mapToObj((count) -> Arguments.of(count, count >= 4));
	}

	@Nested
	class ScreenOtherCs {

		@ParameterizedTest
		@EnumSource(RiskCategory.class)
		void aScenarioInOneCPromptsScreeningOfTheOtherFour(RiskCategory c) {
			String scenario = CatalogueLoader.loadCurrent().scenarioGroup(c).orElseThrow().scenarios().get(0).code();
			AssessmentFlag flag = AssessmentFlagsTests.this.rules.evaluate(facts().scenarios(c, scenario).build())
				.flag(FlagCode.SCREEN_OTHER_CS)
				.orElseThrow();
			String others = flag.reason().substring(flag.reason().indexOf("also screen"));
			Stream.of(RiskCategory.values())
				.filter((other) -> other != c)
				.forEach((other) -> assertThat(others).contains(title(other)));
			assertThat(others).doesNotContain(title(c));
			assertThat(flag.source().seed()).isEqualTo("000");
		}

		@Test
		void scenariosInTwoCsNameTheRemainingThree() {
			AssessmentFlag flag = AssessmentFlagsTests.this.rules
				.evaluate(facts().scenarios(RiskCategory.CONTACT, "CONTACT_CYBERBULLIED")
					.scenarios(RiskCategory.CONDUCT, "CONDUCT_GAMING")
					.build())
				.flag(FlagCode.SCREEN_OTHER_CS)
				.orElseThrow();
			assertThat(flag.reason()).contains("recorded under Contact and Conduct")
				.contains("Has been bullied online", "Goes online to play games")
				.endsWith("also screen Content, Commerce and commercialisation and Communities.");
		}

		@Test
		void noScenarioNoFlag() {
			assertThat(AssessmentFlagsTests.this.rules.evaluate(facts().factors("ISOLATED").build())
				.hasFlag(FlagCode.SCREEN_OTHER_CS)).isFalse();
		}

		@Test
		void scenariosInAllFiveCsLeaveNothingToScreen() {
			FactsBuilder builder = facts();
			for (RiskCategory c : RiskCategory.values()) {
				builder.scenarios(c,
						CatalogueLoader.loadCurrent().scenarioGroup(c).orElseThrow().scenarios().get(0).code());
			}
			assertThat(AssessmentFlagsTests.this.rules.evaluate(builder.build()).hasFlag(FlagCode.SCREEN_OTHER_CS))
				.isFalse();
		}

		private static String title(RiskCategory c) {
			return c.name().charAt(0) + c.name().substring(1).toLowerCase();
		}

	}

	@Nested
	class CompositeAndComplex {

		@Test
		void oneHighRiskCIsNotEnough() {
			assertThat(composite(facts().rated("CONTACT", 5).rated("CONTENT", 3))).isFalse();
		}

		@Test
		void twoHighRiskCsRaiseIt() {
			AssessmentFlag flag = AssessmentFlagsTests.this.rules
				.evaluate(facts().rated("CONTACT", 5).rated("CONSUMPTION", 4).build())
				.flag(FlagCode.COMPOSITE_AND_COMPLEX)
				.orElseThrow();
			assertThat(flag.reason()).contains("2 of the 10 Cs are rated 4 or above (Contact and Consumption)");
			assertThat(flag.source().seed()).isEqualTo("003");
		}

		@ParameterizedTest(name = "two Cs rated {0} → composite: {1}")
		@MethodSource("org.onlinelives.assessment.rules.AssessmentFlagsTests#ratingBoundaries")
		void onlyTheTopTwoLevelsCountAsHighRisk(int level, boolean raised) {
			assertThat(composite(facts().rated("CONTEXT", level).rated("CONDUCT", level))).isEqualTo(raised);
		}

		@Test
		void notRaisedAgainOnceCompositeAndComplexIsRated() {
			assertThat(composite(facts().rated("CONTACT", 5).rated("CONDUCT", 4))).isTrue();
			assertThat(composite(facts().rated("CONTACT", 5).rated("CONDUCT", 4).rated("COMPOSITE_AND_COMPLEX", 4)))
				.isFalse();
			assertThat(composite(facts().adversities("NEGLECT", "EMOTIONAL_ABUSE").rated("COMPOSITE_AND_COMPLEX", 2)))
				.isFalse();
		}

		@Test
		void theCompositeRatingItselfIsNotCounted() {
			assertThat(composite(facts().rated("COMPOSITE_AND_COMPLEX", 5).rated("CONTACT", 5))).isFalse();
		}

		@Test
		void oneOfflineAdversityIsNotEnough() {
			assertThat(composite(facts().adversities("NEGLECT"))).isFalse();
		}

		@Test
		void twoCoOccurringOfflineAdversitiesRaiseIt() {
			AssessmentFlag flag = AssessmentFlagsTests.this.rules
				.evaluate(facts().adversities("DOMESTIC_ABUSE", "SUBSTANCE_MISUSE").build())
				.flag(FlagCode.COMPOSITE_AND_COMPLEX)
				.orElseThrow();
			assertThat(flag.reason()).contains(
					"2 offline adversities occur together (Domestic abuse in the family and Alcohol or drug misuse in the family)");
		}

		@Test
		void bothTriggersAreNamedWhenBothApply() {
			AssessmentFlag flag = AssessmentFlagsTests.this.rules.evaluate(
					facts().adversities("NEGLECT", "SOCIAL_ISOLATION").rated("CONTACT", 4).rated("CONDUCT", 4).build())
				.flag(FlagCode.COMPOSITE_AND_COMPLEX)
				.orElseThrow();
			assertThat(flag.reason()).contains("Cs are rated", "offline adversities occur together");
		}

		private boolean composite(FactsBuilder facts) {
			return AssessmentFlagsTests.this.rules.evaluate(facts.build()).hasFlag(FlagCode.COMPOSITE_AND_COMPLEX);
		}

	}

	static Stream<Arguments> ratingBoundaries() {
		return Stream.of(Arguments.of(1, false), Arguments.of(2, false), Arguments.of(3, false), Arguments.of(4, true),
				Arguments.of(5, true));
	}

	@Nested
	class LookDeeperOnline {

		@ParameterizedTest
		@ValueSource(strings = { "DOMESTIC_ABUSE", "NEGLECT", "PARENTAL_MENTAL_ILL_HEALTH", "SUBSTANCE_MISUSE",
				"SOCIAL_ISOLATION" })
		void anyOfflineAdversityPromptsALookAtOnlineLife(String adversity) {
			AssessmentFlag flag = AssessmentFlagsTests.this.rules.evaluate(facts().adversities(adversity).build())
				.flag(FlagCode.LOOK_DEEPER_ONLINE)
				.orElseThrow();
			assertThat(flag.reason()).startsWith("Offline adversity is recorded (");
			assertThat(flag.source().seed()).isEqualTo("002");
			assertThat(flag.source().section()).startsWith("§6.5");
		}

		@Test
		void theFlagCarriesTheLimitsOnLookingAtSocialMedia() {
			AssessmentFlag flag = AssessmentFlagsTests.this.rules
				.evaluate(facts().adversities("EMOTIONAL_ABUSE").build())
				.flag(FlagCode.LOOK_DEEPER_ONLINE)
				.orElseThrow();
			assertThat(flag.reason()).contains("never covertly")
				.contains("within an agreed framework")
				.contains("check anything found");
			assertThat(flag.source().toString()).contains("§4.6–4.7").contains("Important note");
		}

		@Test
		void noAdversityNoFlag() {
			assertThat(AssessmentFlagsTests.this.rules.evaluate(facts().rated("CONTACT", 5).build())
				.hasFlag(FlagCode.LOOK_DEEPER_ONLINE)).isFalse();
		}

	}

}
