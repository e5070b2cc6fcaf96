package org.onlinelives.assessment.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogueLoaderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Catalogue catalogue = CatalogueLoader.loadCurrent();

	@Test
	void currentCatalogueLoadsAsVersionOne() {
		assertThat(this.catalogue.version()).isEqualTo(1);
	}

	@Test
	void theEightFactorsOfSeed000CountTowardIntensiveSupport() {
		assertThat(this.catalogue.vulnerabilityFactors()
			.stream()
			.filter(VulnerabilityFactor::countsTowardIntensiveSupport)
			.map(VulnerabilityFactor::code)).containsExactly("YOUNG_CARER", "IN_OR_LEAVING_CARE", "LEARNING_DIFFICULTY",
					"COMMUNICATION_DIFFICULTY", "EMOTIONAL_DIFFICULTIES", "MENTAL_HEALTH_DIFFICULTIES", "ISOLATED",
					"CYBERBULLIED");
	}

	@Test
	void theOtherRecordedFactorsDoNotCount() {
		assertThat(this.catalogue.vulnerabilityFactors()
			.stream()
			.filter((factor) -> !factor.countsTowardIntensiveSupport())
			.map(VulnerabilityFactor::code))
			.containsExactly("PHYSICAL_DISABILITY", "VISION_DIFFICULTY", "LONG_STANDING_ILLNESS", "OTHER_SEN");
	}

	@Test
	void scenariosAreGroupedByAllFiveCs() {
		assertThat(this.catalogue.scenarioGroups().stream().map(ScenarioGroup::c))
			.containsExactly(RiskCategory.values());
		assertThat(this.catalogue.scenarioGroups()).allSatisfy((group) -> assertThat(group.scenarios()).isNotEmpty());
	}

	@Test
	void conductIncludesSharingAnIntimatePictureWithItsFollowUpQuestions() {
		assertThat(this.catalogue.scenario("CONDUCT_SHARED_INTIMATE_IMAGE")).isPresent();
		assertThat(this.catalogue.imageSharing().whyShared().stream().map(AnswerOption::code)).containsExactly(
				"SHARED_UNDER_PRESSURE", "SHARED_UNDER_BLACKMAIL", "SHARED_WHEN_TRICKED", "SHARED_UNDER_THREAT",
				"SHARED_IN_RELATIONSHIP", "SHARED_FOR_FUN");
		assertThat(this.catalogue.imageSharing().whatHappenedAfter().stream().map(AnswerOption::code))
			.containsExactly("AFTER_THREATENED", "AFTER_BULLIED", "AFTER_BLACKMAILED_FOR_MORE");
	}

	@Test
	void selfHarmAndSuicideSitesSitUnderContactAsTheAuditToolPutsThem() {
		// Online lives audit tool, 4Cs table: "(Often) visited websites encouraging
		// self-harm or suicide" is in the Contact column
		assertThat(this.catalogue.scenarioGroup(RiskCategory.CONTACT).orElseThrow().scenarios())
			.extracting(Scenario::code)
			.contains("CONTACT_SELF_HARM_OR_SUICIDE_SITES");
		assertThat(this.catalogue.scenarioGroup(RiskCategory.CONTENT).orElseThrow().scenarios())
			.extracting(Scenario::title)
			.noneMatch((title) -> title.contains("self-harm"));
	}

	@Test
	void offlineAdversitiesIncludeEmotionalAbuse() {
		assertThat(this.catalogue.offlineAdversities().stream().map(OfflineAdversity::code)).containsExactly(
				"DOMESTIC_ABUSE", "EMOTIONAL_ABUSE", "NEGLECT", "PARENTAL_MENTAL_ILL_HEALTH", "SUBSTANCE_MISUSE",
				"SOCIAL_ISOLATION");
		assertThat(this.catalogue.offlineAdversity("EMOTIONAL_ABUSE").orElseThrow().source().toString())
			.isEqualTo("Bromley SCB online safety strategy, §1.4");
	}

	@Test
	void commerceIncludesBromleysCommercialisation() {
		assertThat(this.catalogue.scenarioGroup(RiskCategory.COMMERCE).orElseThrow().title())
			.isEqualTo("Commerce and commercialisation");
		assertThat(this.catalogue.scenario("COMMERCIALISATION_TARGETED_ADVERTISING")).isPresent();
		assertThat(this.catalogue.scenario("COMMERCIALISATION_EARLY_SEXUALISATION").orElseThrow().source().toString())
			.isEqualTo("Bromley SCB online safety strategy, §5.3 The Five Cs: Commercialisation");
	}

	@Test
	void tenCsAreThoseOfSeed003WithQuestionsStrengthsAndVulnerabilities() {
		assertThat(this.catalogue.tenCs().stream().map(TenC::title)).containsExactly("Context", "Content", "Contact",
				"Conduct", "Confidentiality and self-disclosure", "Connection and social capital",
				"Compatibility and self-presentation", "Consumption", "Commercial, personal or professional value",
				"Composite and complex");
		assertThat(this.catalogue.tenCs()).allSatisfy((tenC) -> {
			assertThat(tenC.questions()).isNotEmpty();
			assertThat(tenC.exampleStrengths()).isNotEmpty();
			assertThat(tenC.exampleVulnerabilities()).isNotEmpty();
			assertThat(tenC.source().seed()).isEqualTo("003");
		});
	}

	@Test
	void ratingScaleRunsFromStrongResilienceToHighRisk() {
		assertThat(this.catalogue.ratingScale().stream().map(RatingLevel::label)).containsExactly("Strong resilience",
				"Some resilience", "Mixed", "Some risk", "High risk");
		assertThat(this.catalogue.lowestHighRiskLevel()).isEqualTo(4);
	}

	@Test
	void procedurePromptsSayWhatToDoWhyWhereFromAndHowSoon() {
		assertThat(this.catalogue.procedurePrompts()).hasSize(26).allSatisfy((prompt) -> {
			assertThat(prompt.whatToDo()).isNotBlank();
			assertThat(prompt.contact()).as("who to contact and how, for %s", prompt.code()).isNotBlank();
			assertThat(prompt.source().toString()).doesNotContainIgnoringCase("seed");
			assertThat(prompt.reason()).isNotBlank();
			assertThat(prompt.source().seed()).isNotBlank();
			assertThat(prompt.source().section()).isNotBlank();
			assertThat(prompt.urgency()).isNotNull();
		});
	}

	@Test
	void everyCodeIsUniqueAcrossTheCatalogue() {
		List<String> codes = this.catalogue.allCodes();
		assertThat(codes).doesNotHaveDuplicates().allMatch((code) -> code.matches("[A-Z0-9_]+"));
	}

	@Test
	void everyItemNamesItsSourceSeed() {
		assertThat(this.catalogue.vulnerabilityFactors())
			.allSatisfy((item) -> assertThat(item.source().seed()).isNotBlank());
		assertThat(this.catalogue.scenarioGroups().stream().flatMap((group) -> group.scenarios().stream()))
			.allSatisfy((item) -> assertThat(item.source().seed()).isNotBlank());
		assertThat(this.catalogue.offlineAdversities())
			.allSatisfy((item) -> assertThat(item.source().seed()).isNotBlank());
	}

	@Test
	void refusesDuplicateCodes() {
		assertInvalid((root) -> factor(root, 1).put("code", "YOUNG_CARER"), "code YOUNG_CARER is used more than once");
	}

	@Test
	void refusesOtherThanEightCountingFactors() {
		assertInvalid((root) -> factor(root, 7).put("countsTowardIntensiveSupport", false),
				"exactly 8 vulnerability factors must count toward intensive support, but 7 do");
		assertInvalid((root) -> factor(root, 8).put("countsTowardIntensiveSupport", true), "but 9 do");
	}

	@Test
	void refusesMissingOrRepeatedC() {
		assertInvalid((root) -> ((ObjectNode) root.get("scenarioGroups").get(4)).put("c", "COMMERCE"),
				"scenario group COMMERCE appears more than once", "scenario groups are missing for [COMMUNITIES]");
	}

	@Test
	void refusesOtherThanTenCs() {
		assertInvalid((root) -> ((ArrayNode) root.get("tenCs")).remove(7),
				"there must be 10 Cs in the map, but there are 9");
	}

	@Test
	void refusesMapWithoutCompositeAndComplex() {
		assertInvalid((root) -> ((ObjectNode) root.get("tenCs").get(9)).put("code", "COMPOSITE"),
				"the 10 Cs must include COMPOSITE_AND_COMPLEX");
	}

	@Test
	void refusesItemWithoutSource() {
		assertInvalid((root) -> factor(root, 0).remove("source"), "Missing creator property 'source'",
				"[\"vulnerabilityFactors\"]->java.util.ArrayList[0]");
	}

	@Test
	void refusesItemWithBlankSourceSection() {
		assertInvalid((root) -> ((ObjectNode) factor(root, 0).get("source")).put("section", " "),
				"YOUNG_CARER does not name its source seed and section");
	}

	@Test
	void refusesRatingScaleWithGaps() {
		assertInvalid((root) -> ((ObjectNode) root.get("ratingScale").get(2)).put("level", 7),
				"the rating scale must run 1, 2, 3");
	}

	@Test
	void refusesUnknownProperties() {
		assertInvalid((root) -> root.put("colour", "red"), "colour");
	}

	@Test
	void refusesAnUrgencyThatIsNotOnTheList() {
		assertInvalid((root) -> ((ObjectNode) root.get("procedurePrompts").get(0)).put("urgency", "SOON"), "SOON");
	}

	@Test
	void refusesMissingList() {
		assertInvalid((root) -> ((ObjectNode) root.get("tenCs").get(0)).putNull("questions"), "tenCs");
	}

	@Test
	void refusesJsonThatIsNotACatalogue() {
		assertThatExceptionOfType(InvalidCatalogueException.class).isThrownBy(() -> CatalogueLoader.load(stream("{")));
	}

	private static ObjectNode factor(ObjectNode root, int index) {
		return (ObjectNode) root.get("vulnerabilityFactors").get(index);
	}

	private static void assertInvalid(Consumer<ObjectNode> change, String... problems) {
		ObjectNode root;
		try (InputStream json = CatalogueLoader.class.getResourceAsStream(CatalogueLoader.CURRENT)) {
			root = (ObjectNode) JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		change.accept(root);
		String changed = JSON.writeValueAsString(root);
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> CatalogueLoader.load(stream(changed)))
			.satisfies((ex) -> assertThat(String.join("\n", ex.getProblems()) + ex.getMessage()).contains(problems));
	}

	private static InputStream stream(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

}
