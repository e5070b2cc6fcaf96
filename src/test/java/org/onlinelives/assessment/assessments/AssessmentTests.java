package org.onlinelives.assessment.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.rules.AssessmentRules;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ThresholdLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AssessmentTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	private static final Catalogue CATALOGUE = CatalogueLoader.loadCurrent();

	private static final AssessmentRules RULES = new AssessmentRules(CATALOGUE);

	private static final ConcernFlags POSSIBLE_CRIME = ConcernFlags.of(Concern.POSSIBLE_CRIME);

	private static Assessment started() {
		return Assessment.start(1, 2, 3, 1, 1, null, 9, CLOCK);
	}

	@Test
	void factsGroupScenariosByTheirC() {
		Assessment assessment = started();
		assessment.recordScenarios(Set.of("CONTENT_HATE_SITES", "CONDUCT_SHARED_INTIMATE_IMAGE"),
				Set.of("SHARED_FOR_FUN"), Set.of(), AssessmentService.SHARED_INTIMATE_IMAGE);
		assertThat(assessment.facts(CATALOGUE, 14).scenariosIn(RiskCategory.CONTENT))
			.containsExactly("CONTENT_HATE_SITES");
		assertThat(assessment.facts(CATALOGUE, 14).scenariosIn(RiskCategory.CONDUCT))
			.containsExactly("CONDUCT_SHARED_INTIMATE_IMAGE");
		assertThat(assessment.facts(CATALOGUE, 14).imageSharing().whyShared()).containsExactly("SHARED_FOR_FUN");
	}

	@Test
	void imageSharingAnswersWithoutTheScenarioAreDropped() {
		Assessment assessment = started();
		assessment.recordScenarios(Set.of("CONTENT_HATE_SITES"), Set.of("SHARED_FOR_FUN"), Set.of("AFTER_BULLIED"),
				AssessmentService.SHARED_INTIMATE_IMAGE);
		assertThat(assessment.whySharedCodes()).isEmpty();
		assertThat(assessment.whatHappenedAfterCodes()).isEmpty();
	}

	@Test
	void concernsRoundTrip() {
		Assessment assessment = started();
		ConcernFlags concerns = new ConcernFlags(
				Set.of(Concern.ANY_CONCERN, Concern.IMMEDIATE_RISK, Concern.ADULT_IN_HOUSEHOLD_OR_NETWORK,
						Concern.RADICALISATION),
				Set.of(org.onlinelives.assessment.rules.BullyingRole.CHILD_WHO_HARMED),
				Set.of(GroomingIndicator.SECRECY, GroomingIndicator.MOVED_TO_PRIVATE_APP), ThresholdLevel.EARLY_HELP);
		assessment.recordConcerns(concerns);
		assertThat(assessment.concerns()).isEqualTo(concerns);
	}

	@Test
	void picturesAskedWithTheScenariosAndTheOtherConcernsAreKeptApart() {
		Assessment assessment = started();
		assessment.recordConcernsOtherThanPictures(new ConcernFlags(Set.of(Concern.ANY_CONCERN), Set.of(),
				Set.of(GroomingIndicator.SECRECY), ThresholdLevel.CHILD_IN_NEED));
		assessment.recordPictureConcerns(Set.of(Concern.SEXTORTION));
		assertThat(assessment.concerns().raised()).containsExactlyInAnyOrder(Concern.ANY_CONCERN, Concern.SEXTORTION);
		assertThat(assessment.concerns().grooming()).containsExactly(GroomingIndicator.SECRECY);
		// saving the concerns step again keeps the picture answer it does not ask
		assessment.recordConcernsOtherThanPictures(ConcernFlags.of(Concern.POSSIBLE_CRIME));
		assertThat(assessment.concerns().raised()).containsExactlyInAnyOrder(Concern.POSSIBLE_CRIME,
				Concern.SEXTORTION);
		assertThat(assessment.concerns().threshold()).isNull();
		// and saving the scenarios again keeps the other concerns
		assessment.recordPictureConcerns(Set.of(Concern.INTIMATE_IMAGE_SHARED));
		assertThat(assessment.concerns().raised()).containsExactlyInAnyOrder(Concern.POSSIBLE_CRIME,
				Concern.INTIMATE_IMAGE_SHARED);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> assessment.recordPictureConcerns(Set.of(Concern.IMMEDIATE_RISK)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> assessment.recordConcernsOtherThanPictures(ConcernFlags.of(Concern.SEXTORTION)));
	}

	@Test
	void anEmptyTenCIsRemovedAndLongTextRefused() {
		Assessment assessment = started();
		assessment.recordTenC("CONTENT", new TenCEntry("Strong friends", null, 2, null, null));
		assertThat(assessment.tenC("CONTENT").rating()).isEqualTo(2);
		assessment.recordTenC("CONTENT", new TenCEntry(null, null, null, null, null));
		assertThat(assessment.tenC("CONTENT")).isNull();
		assertThatIllegalArgumentException().isThrownBy(
				() -> assessment.recordTenC("CONTENT", new TenCEntry("x".repeat(2001), null, null, null, null)));
	}

	@Test
	void completionFixesFlagsPromptsAndAnswers() {
		Assessment assessment = started();
		assessment.recordConcerns(POSSIBLE_CRIME);
		assessment.complete(RULES.evaluate(assessment.facts(CATALOGUE, 14)), 9, "Sam Worker", CLOCK);
		assertThat(assessment.isComplete()).isTrue();
		assertThat(assessment.prompts()).extracting(RecordedPrompt::code)
			.containsExactly("DISCUSS_WITH_SAFEGUARDING_LEAD", "POLICE_POSSIBLE_CRIME", "INVOLVE_PARENTS_OR_CARERS",
					"SIGNPOSTING");
		assertThat(assessment.openUrgentPrompts()).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> assessment.recordVulnerabilityFactors(Set.of("ISOLATED")));
		assertThatIllegalStateException()
			.isThrownBy(() -> assessment.complete(RULES.evaluate(assessment.facts(CATALOGUE, 14)), 9, "Sam", CLOCK));
	}

	@Test
	void promptsAreAnsweredOnceWithWhenAndWhoOrWhy() {
		Assessment assessment = started();
		assertThatIllegalStateException().isThrownBy(() -> assessment.answerPrompt("POLICE_WITHOUT_DELAY",
				PromptAnswer.DONE, LocalDate.of(2026, 6, 1), null, 9, "Sam", CLOCK));
		assessment.recordConcerns(ConcernFlags.of(Concern.IMMEDIATE_RISK));
		assessment.complete(RULES.evaluate(assessment.facts(CATALOGUE, 14)), 9, "Sam Worker", CLOCK);
		assertThatIllegalArgumentException().isThrownBy(() -> assessment.answerPrompt("POLICE_WITHOUT_DELAY",
				PromptAnswer.DONE, LocalDate.of(2026, 6, 16), null, 9, "Sam", CLOCK));
		assertThatIllegalArgumentException().isThrownBy(() -> assessment.answerPrompt("POLICE_WITHOUT_DELAY",
				PromptAnswer.NOT_APPLICABLE, null, " ", 9, "Sam", CLOCK));
		assertThatIllegalArgumentException().isThrownBy(
				() -> assessment.answerPrompt("POLICE_POSSIBLE_CRIME", PromptAnswer.DONE, null, null, 9, "Sam", CLOCK));
		assessment.answerPrompt("POLICE_WITHOUT_DELAY", PromptAnswer.DONE, LocalDate.of(2026, 6, 14), null, 9,
				"Sam Worker", CLOCK);
		RecordedPrompt answered = assessment.prompts().get(0);
		assertThat(answered.answeredOn()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(answered.answeredByName()).isEqualTo("Sam Worker");
		assertThat(answered.answeredAt()).isEqualTo(CLOCK.instant());
		assertThat(assessment.openUrgentPrompts()).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> assessment.answerPrompt("POLICE_WITHOUT_DELAY",
				PromptAnswer.NOT_APPLICABLE, null, "Changed my mind", 9, "Sam", CLOCK));
	}

	@Test
	void aReassessmentStartsFromThePreviousAnswersWithoutChangingThem() {
		Assessment first = started();
		first.recordVulnerabilityFactors(Set.of("ISOLATED"));
		first.recordTenC("CONTENT", new TenCEntry(null, null, 4, null, null));
		first.complete(RULES.evaluate(first.facts(CATALOGUE, 14)), 9, "Sam", CLOCK);
		Assessment second = Assessment.start(1, 2, 3, 2, 1, first, 9, CLOCK);
		assertThat(second.isComplete()).isFalse();
		assertThat(second.vulnerabilityFactorCodes()).containsExactly("ISOLATED");
		assertThat(second.prompts()).isEmpty();
		second.recordTenC("CONTENT", new TenCEntry(null, null, 2, null, null));
		assertThat(first.tenC("CONTENT").rating()).isEqualTo(4);
	}

	@Test
	void notesAreTextWithALimit() {
		Assessment assessment = started();
		assessment.addNote(" Spoke with mum ", 9, "Sam", CLOCK);
		assertThat(assessment.notes()).extracting(AssessmentNote::noteText).containsExactly("Spoke with mum");
		assertThatIllegalArgumentException().isThrownBy(() -> assessment.addNote("x".repeat(2001), 9, "Sam", CLOCK));
		assertThatIllegalArgumentException().isThrownBy(() -> assessment.addNote("  ", 9, "Sam", CLOCK));
	}

}
