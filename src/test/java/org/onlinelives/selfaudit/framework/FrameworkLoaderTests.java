package org.onlinelives.selfaudit.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FrameworkLoaderTests {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final FrameworkLoader loader = new FrameworkLoader();

	@Nested
	class TheShippedFramework {

		private final AuditFramework framework = new FrameworkLoader().loadDefault();

		@Test
		void hasAVersionAndNamesItsSource() {
			assertThat(this.framework.version()).isEqualTo("2026-1");
			assertThat(this.framework.source().publisher()).isEqualTo("Youthworks for Dudley");
			assertThat(this.framework.source().seed()).isEqualTo("000_e95514e242cace60");
			assertThat(this.framework.source().title()).contains("Online lives: responding to clients' needs");
		}

		@Test
		void hasTheCompleteZeroToFourScale() {
			assertThat(this.framework.scale()).extracting(ScaleLevel::score).containsExactly(0, 1, 2, 3, 4);
			assertThat(this.framework.scale()).allSatisfy((level) -> {
				assertThat(level.label()).isNotBlank();
				assertThat(level.descriptor()).isNotBlank();
			});
			assertThat(this.framework.scale().get(0).descriptor()).contains("no evidence");
			assertThat(this.framework.scale().get(4).descriptor()).contains("strong evidence");
		}

		@Test
		void hasTheSixSectionsInOrder() {
			assertThat(this.framework.sections()).extracting(FrameworkSection::number)
				.containsExactly(1, 2, 3, 4, 5, 6);
			assertThat(this.framework.sections()).extracting(FrameworkSection::title)
				.containsExactly("Data", "Staff training", "Assessment tools", "Data protection and sharing",
						"Safeguarding", "Working with parents/carers");
		}

		@Test
		void numbersTheThirtySixStatementsAsPublished() {
			List<String> expected = IntStream.rangeClosed(1, 6)
				.boxed()
				.flatMap((section) -> IntStream.rangeClosed(1, 6).mapToObj((position) -> section + "." + position))
				.toList();
			assertThat(this.framework.statements()).extracting(FrameworkStatement::number)
				.containsExactlyElementsOf(expected);
			assertThat(this.framework.sections()).allSatisfy(
					(section) -> assertThat(section.statements()).hasSize(AuditFramework.STATEMENTS_PER_SECTION));
		}

		@Test
		void usesTheProductsOwnDataStatements() {
			// PRODUCT.md §3 gives section 1's statements word for word
			assertThat(this.framework.section(1).statements()).extracting(FrameworkStatement::text)
				.containsExactly("We record whether each referral or case has an online component.",
						"We record the type of online risk or harm (content, contact, conduct, commerce).",
						"We can count cases with an online component without a manual review of case files.",
						"We track these figures over time and use the trends in strategic planning.",
						"Our data informs the planning and updating of training and education messages.",
						"We use our data to evaluate the effectiveness of our response year on year.");
		}

		@Test
		void givesEveryStatementTextAndASuggestedAction() {
			assertThat(this.framework.statements()).allSatisfy((statement) -> {
				assertThat(statement.text()).isNotBlank();
				assertThat(statement.suggestedAction()).isNotBlank().isNotEqualTo(statement.text());
			});
		}

		@Test
		void scoresOutOfTwentyFourASectionAndOneHundredAndFortyFourOverall() {
			assertThat(this.framework.sections())
				.allSatisfy((section) -> assertThat(section.maximumScore()).isEqualTo(24));
			assertThat(this.framework.maximumScore()).isEqualTo(144);
		}

		@Test
		void givesEverySectionGuidance() {
			assertThat(this.framework.sections()).allSatisfy((section) -> {
				Guidance guidance = section.guidance();
				assertThat(guidance.whyItMatters()).isNotBlank();
				assertThat(guidance.questionsToConsider()).isNotEmpty();
				assertThat(guidance.messagesFromEvidence()).isNotEmpty()
					.allSatisfy((message) -> assertThat(message.source()).isNotBlank());
				assertThat(guidance.sourcesOfHelp()).isNotEmpty();
			});
		}

		@Test
		void attachesTheCaseExamplesWhereTheyFit() {
			assertThat(caseExampleNames(3)).containsExactly("Selina");
			assertThat(caseExampleNames(5)).containsExactly("Selina", "Sairah");
			assertThat(caseExampleNames(6)).containsExactly("Sairah");
			assertThat(this.framework.section(5).guidance().caseExamples())
				.allSatisfy((example) -> assertThat(example.reflectivePrompt()).endsWith("?"));
		}

		@Test
		void givesAddressesOnlyAsWebAddresses() {
			assertThat(this.framework.sections()).flatMap((section) -> section.guidance().sourcesOfHelp())
				.allSatisfy((help) -> help.link().ifPresent((url) -> assertThat(url).startsWith("http")));
		}

		@Test
		void findsStatementsByNumber() {
			assertThat(this.framework.statement("4.6")).get()
				.extracting(FrameworkStatement::sectionNumber, FrameworkStatement::position)
				.containsExactly(4, 6);
			assertThat(this.framework.statement("7.1")).isEmpty();
		}

		@Test
		void isImmutable() {
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> this.framework.sections().remove(0));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> this.framework.section(1).statements().clear());
		}

		private List<String> caseExampleNames(int section) {
			return this.framework.section(section).guidance().caseExamples().stream().map(CaseExample::name).toList();
		}

	}

	@Nested
	class BrokenContent {

		@Test
		void refusesFiveSections() {
			assertRefused((root) -> sections(root).remove(5), "expected 6 sections; found 5");
		}

		@Test
		void refusesSevenSections() {
			assertThatExceptionOfType(InvalidFrameworkException.class)
				.isThrownBy(() -> load((root) -> sections(root).add(sections(root).get(5).deepCopy())))
				.satisfies((ex) -> assertThat(ex.problems()).contains("expected 6 sections; found 7",
						"section in position 7 is numbered 6; expected 7"));
		}

		@Test
		void refusesSectionsOutOfOrder() {
			assertRefused((root) -> section(root, 2).put("number", 4),
					"section in position 3 is numbered 4; expected 3");
		}

		@Test
		void refusesASectionWithFiveStatements() {
			assertRefused((root) -> statements(root, 2).remove(5), "section 3 has 5 statements; expected 6");
		}

		@Test
		void refusesASectionWithSevenStatements() {
			assertRefused((root) -> statements(root, 0).add(statements(root, 0).get(5).deepCopy()),
					"section 1 has 7 statements; expected 6",
					"statement in position 7 of section 1 is numbered '1.6'; expected '1.7'");
		}

		@Test
		void refusesAStatementNumberedOutOfSequence() {
			assertRefused((root) -> statement(root, 1, 3).put("number", "2.7"),
					"statement in position 4 of section 2 is numbered '2.7'; expected '2.4'");
		}

		@Test
		void refusesAStatementNumberedInTheWrongSection() {
			assertRefused((root) -> statement(root, 5, 0).put("number", "5.1"),
					"statement in position 1 of section 6 is numbered '5.1'; expected '6.1'");
		}

		@Test
		void refusesAStatementWithoutANumber() {
			assertRefused((root) -> statement(root, 0, 0).remove("number"),
					"statement in position 1 of section 1 is numbered nothing; expected '1.1'");
		}

		@Test
		void refusesAStatementWithoutText() {
			assertRefused((root) -> statement(root, 3, 4).put("text", "  "), "text of statement 4.5 is missing");
		}

		@Test
		void refusesAStatementWithoutASuggestedAction() {
			assertRefused((root) -> statement(root, 4, 5).remove("suggestedAction"),
					"suggested action of statement 5.6 is missing");
		}

		@Test
		void refusesAScaleWithoutFour() {
			assertRefused((root) -> ((ArrayNode) root.get("scale")).remove(4),
					"scale must list scores [0, 1, 2, 3, 4] in order; found [0, 1, 2, 3]");
		}

		@Test
		void refusesAScaleWithAScoreTwice() {
			assertRefused((root) -> ((ObjectNode) root.get("scale").get(3)).put("score", 2),
					"scale must list scores [0, 1, 2, 3, 4] in order; found [0, 1, 2, 2, 4]");
		}

		@Test
		void refusesAScaleLevelWithoutADescriptor() {
			assertRefused((root) -> ((ObjectNode) root.get("scale").get(2)).remove("descriptor"),
					"descriptor of scale score 2 is missing");
		}

		@Test
		void refusesAMissingScale() {
			assertRefused((root) -> root.remove("scale"), "scale is missing");
		}

		@Test
		void refusesAMissingVersionAndSource() {
			assertRefused((root) -> {
				root.remove("version");
				((ObjectNode) root.get("source")).remove("publisher");
			}, "version is missing", "source publisher is missing");
		}

		@Test
		void refusesASectionWithoutGuidance() {
			assertRefused((root) -> section(root, 1).remove("guidance"), "section 2 has no guidance");
		}

		@Test
		void refusesGuidanceWithoutQuestionsToConsider() {
			assertRefused((root) -> guidance(root, 0).set("questionsToConsider", mapper.createArrayNode()),
					"questions to consider in the guidance for section 1 must list at least one item");
		}

		@Test
		void refusesAnEvidenceMessageWithoutItsSource() {
			assertRefused(
					(root) -> ((ObjectNode) guidance(root, 2).get("messagesFromEvidence").get(0)).remove("source"),
					"source of a message from evidence in the guidance for section 3 is missing");
		}

		@Test
		void refusesASourceOfHelpWhoseUrlIsNotAWebAddress() {
			assertRefused((root) -> ((ObjectNode) guidance(root, 0).get("sourcesOfHelp").get(0)).put("url", "#"),
					"source of help 'The Cybersurvey (Youthworks)' in the guidance for section 1 has a url that is not a web address: '#'");
		}

		@Test
		void refusesAnUndefinedCaseExample() {
			assertRefused((root) -> ((ArrayNode) guidance(root, 3).get("caseExamples")).add("alex"),
					"case example 'alex' is not defined in the guidance for section 4");
		}

		@Test
		void refusesACaseExampleDefinedTwice() {
			assertRefused((root) -> {
				ArrayNode examples = (ArrayNode) root.get("caseExamples");
				examples.add(examples.get(0).deepCopy());
			}, "case example id 'selina' is used more than once");
		}

		@Test
		void refusesAMisspeltField() {
			assertThatExceptionOfType(InvalidFrameworkException.class)
				.isThrownBy(() -> load((root) -> statement(root, 0, 0).put("suggestedActoin", "x")))
				.withMessageContaining("cannot be read")
				.withMessageContaining("suggestedActoin");
		}

		@Test
		void refusesMalformedJson() {
			assertThatExceptionOfType(InvalidFrameworkException.class)
				.isThrownBy(() -> FrameworkLoaderTests.this.loader.load("{ \"version\": ", "broken.json"))
				.withMessageStartingWith("The audit framework in broken.json cannot be read");
		}

		@Test
		void refusesAScoreThatIsNotANumber() {
			assertThatExceptionOfType(InvalidFrameworkException.class)
				.isThrownBy(() -> load((root) -> ((ObjectNode) root.get("scale").get(0)).put("score", "none")))
				.withMessageContaining("cannot be read");
		}

		@Test
		void refusesAnEmptyDocument() {
			assertThatExceptionOfType(InvalidFrameworkException.class)
				.isThrownBy(() -> FrameworkLoaderTests.this.loader.load("null", "empty.json"))
				.withMessageContaining("the file is empty");
		}

		@Test
		void listsEveryProblemAtOnce() {
			assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() -> load((root) -> {
				statements(root, 0).remove(0);
				root.remove("version");
			}))
				.satisfies((ex) -> assertThat(ex.problems()).contains("version is missing",
						"section 1 has 5 statements; expected 6"))
				.withMessageStartingWith("The audit framework in test.json is not valid:");
		}

		@Test
		void readsFromAStream() throws IOException {
			String json = mapper.writeValueAsString(shipped());
			try (InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
				assertThat(FrameworkLoaderTests.this.loader.load(in, "stream").statements()).hasSize(36);
			}
		}

		private void assertRefused(Consumer<ObjectNode> breakage, String... problems) {
			assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() -> load(breakage))
				.satisfies((ex) -> assertThat(ex.problems()).containsExactlyInAnyOrder(problems));
		}

	}

	private AuditFramework load(Consumer<ObjectNode> breakage) {
		ObjectNode root = shipped();
		breakage.accept(root);
		return this.loader.load(mapper.writeValueAsString(root), "test.json");
	}

	private static ObjectNode shipped() {
		try (InputStream in = FrameworkLoader.class.getClassLoader()
			.getResourceAsStream(FrameworkLoader.DEFAULT_LOCATION)) {
			return (ObjectNode) mapper.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ArrayNode sections(ObjectNode root) {
		return (ArrayNode) root.get("sections");
	}

	private static ObjectNode section(ObjectNode root, int index) {
		return (ObjectNode) sections(root).get(index);
	}

	private static ArrayNode statements(ObjectNode root, int sectionIndex) {
		return (ArrayNode) section(root, sectionIndex).get("statements");
	}

	private static ObjectNode statement(ObjectNode root, int sectionIndex, int statementIndex) {
		return (ObjectNode) statements(root, sectionIndex).get(statementIndex);
	}

	private static ObjectNode guidance(ObjectNode root, int sectionIndex) {
		JsonNode guidance = section(root, sectionIndex).get("guidance");
		return (ObjectNode) guidance;
	}

}
