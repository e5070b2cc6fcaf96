package org.onlinelives.assessment.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.InvalidAnswerException.Refusal;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.rules.AssessmentRules;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.rules.GroomingIndicator;
import org.onlinelives.assessment.rules.ImageSharingAnswers;
import org.onlinelives.assessment.rules.ThresholdLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
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
				Set.of("SHARED_FOR_FUN"), Set.of());
		assertThat(assessment.facts(CATALOGUE, 14).scenariosIn(RiskCategory.CONTENT))
			.containsExactly("CONTENT_HATE_SITES");
		assertThat(assessment.facts(CATALOGUE, 14).scenariosIn(RiskCategory.CONDUCT))
			.containsExactly("CONDUCT_SHARED_INTIMATE_IMAGE");
		assertThat(assessment.facts(CATALOGUE, 14).imageSharing().whyShared()).containsExactly("SHARED_FOR_FUN");
	}

	@Test
	void imageSharingAnswersWithoutTheScenarioAreRefusedOnImageSharing() {
		Assessment assessment = started();
		assessment.recordScenarios(Set.of(ImageSharingAnswers.SHARED_INTIMATE_IMAGE), Set.of("SHARED_FOR_FUN"),
				Set.of());
		for (var answers : List.of(List.of(Set.of("SHARED_FOR_FUN"), Set.<String>of()),
				List.of(Set.<String>of(), Set.of("AFTER_BULLIED")))) {
			InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class,
					() -> assessment.recordScenarios(Set.of("CONTENT_HATE_SITES"), answers.get(0), answers.get(1)));
			assertThat(refused.refusals())
				.containsExactly(new Refusal("imageSharing", "assessment.imageSharing.withoutScenario",
						"Image-sharing answers need the scenario CONDUCT_SHARED_INTIMATE_IMAGE in scenarios"));
		}
		// nothing of the refused answers was recorded
		assertThat(assessment.scenarioCodes()).containsExactly(ImageSharingAnswers.SHARED_INTIMATE_IMAGE);
		assertThat(assessment.whySharedCodes()).containsExactly("SHARED_FOR_FUN");
		// without follow-up answers, the scenario may go
		assessment.recordScenarios(Set.of("CONTENT_HATE_SITES"), Set.of(), Set.of());
		assertThat(assessment.whySharedCodes()).isEmpty();
	}

	@Test
	void offlineNotesOverTheLimitAreRefusedOnOfflineNotes() {
		Assessment assessment = started();
		assessment.recordOfflineContext(Set.of(), "x".repeat(Assessment.MAX_OFFLINE_NOTES));
		assertThat(assessment.getOfflineNotes()).hasSize(2000);
		InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class,
				() -> assessment.recordOfflineContext(Set.of("NEGLECT"), "x".repeat(2001)));
		assertThat(refused.field()).isEqualTo("offlineNotes");
		assertThat(refused.messageKey()).isEqualTo("assessment.offlineNotes.tooLong");
		assertThat(refused.refusals()).hasSize(1);
		assertThat(assessment.offlineAdversityCodes()).isEmpty();
	}

	@Test
	void eachTenCsAnswerOverTheLimitIsRefusedByItsPath() {
		Assessment assessment = started();
		String ok = "x".repeat(TenCEntry.MAX_TEXT);
		String over = ok + "x";
		assessment.recordTenC("CONTENT", new TenCEntry(ok, ok, 3, ok, ok));
		InvalidAnswerException refused = catchThrowableOfType(InvalidAnswerException.class,
				() -> assessment.recordTenC("CONTACT", new TenCEntry(over, "short", 2, over, over)));
		assertThat(refused.refusals()).extracting(Refusal::field)
			.containsExactly("tenCs.CONTACT.strengths", "tenCs.CONTACT.youngPersonView", "tenCs.CONTACT.parentView");
		assertThat(refused.refusals()).extracting(Refusal::messageKey).containsOnly("assessment.text.tooLong");
		InvalidAnswerException vulnerabilities = catchThrowableOfType(InvalidAnswerException.class,
				() -> assessment.recordTenC("CONTACT", new TenCEntry(null, over, null, null, null)));
		assertThat(vulnerabilities.field()).isEqualTo("tenCs.CONTACT.vulnerabilities");
		assertThat(assessment.tenC("CONTACT")).isNull();
	}

	@Test
	void refusalsNamesEveryBrokenRuleOfAllTheAnswersWithoutRecordingThem() {
		String over = "x".repeat(2001);
		AssessmentAnswers answers = new AssessmentAnswers(Set.of(), Set.of("CONTENT_HATE_SITES"), Set.of(),
				Set.of("AFTER_BULLIED"), Set.of(), over, ConcernFlags.NONE,
				java.util.Map.of("CONTENT", new TenCEntry(null, over, null, null, null), "CONTACT",
						new TenCEntry("fine", null, 1, null, null)));
		assertThat(Assessment.refusals(answers)).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("imageSharing", "assessment.imageSharing.withoutScenario"),
					tuple("offlineNotes", "assessment.offlineNotes.tooLong"),
					tuple("tenCs.CONTENT.vulnerabilities", "assessment.text.tooLong"));
		assertThat(
				Assessment.refusals(new AssessmentAnswers(Set.of(), Set.of(ImageSharingAnswers.SHARED_INTIMATE_IMAGE),
						Set.of("SHARED_FOR_FUN"), Set.of(), Set.of(), "fine", ConcernFlags.NONE, java.util.Map.of())))
			.isEmpty();
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
		assertThat(catchThrowableOfType(InvalidAnswerException.class,
				() -> assessment.recordPictureConcerns(Set.of(Concern.IMMEDIATE_RISK)))
			.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("pictures", "assessment.concerns.unknown"));
		assertThat(catchThrowableOfType(InvalidAnswerException.class,
				() -> assessment.recordConcernsOtherThanPictures(ConcernFlags.of(Concern.SEXTORTION)))
			.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("concerns", "assessment.concerns.unknown"));
	}

	@Test
	void anEmptyTenCIsRemovedAndLongTextRefused() {
		Assessment assessment = started();
		assessment.recordTenC("CONTENT", new TenCEntry("Strong friends", null, 2, null, null));
		assertThat(assessment.tenC("CONTENT").rating()).isEqualTo(2);
		assessment.recordTenC("CONTENT", new TenCEntry(null, null, null, null, null));
		assertThat(assessment.tenC("CONTENT")).isNull();
		assertThatExceptionOfType(InvalidAnswerException.class).isThrownBy(
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
	void aPromptAnswerIsRefusedByFieldAndMessageKey() {
		LocalDate today = LocalDate.now(CLOCK);
		assertThat(Assessment.promptAnswerRefusals(null, today, "x".repeat(1001), today))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("answer", "prompt.answer.required"));
		assertThat(Assessment.promptAnswerRefusals(PromptAnswer.DONE, null, null, today))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("doneOn", "prompt.doneOn.invalid"));
		assertThat(Assessment.promptAnswerRefusals(PromptAnswer.DONE, today.plusDays(1), "x".repeat(1001), today))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("doneOn", "prompt.doneOn.future"), tuple("note", "prompt.note.tooLong"));
		assertThat(Assessment.promptAnswerRefusals(PromptAnswer.NOT_APPLICABLE, null, " ", today))
			.extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("note", "prompt.note.required"));
		assertThat(Assessment.promptAnswerRefusals(PromptAnswer.DONE, today, "x".repeat(1000), today)).isEmpty();
		assertThat(Assessment.promptAnswerRefusals(PromptAnswer.NOT_APPLICABLE, null, "No device", today)).isEmpty();
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
		assertThat(catchThrowableOfType(InvalidAnswerException.class,
				() -> assessment.addNote("x".repeat(2001), 9, "Sam", CLOCK))
			.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("note", "note.text.tooLong"));
		assertThat(catchThrowableOfType(InvalidAnswerException.class, () -> assessment.addNote("  ", 9, "Sam", CLOCK))
			.refusals()).extracting(Refusal::field, Refusal::messageKey)
			.containsExactly(tuple("note", "note.text.required"));
	}

}
