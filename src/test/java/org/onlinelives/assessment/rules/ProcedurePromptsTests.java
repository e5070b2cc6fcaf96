package org.onlinelives.assessment.rules;

import java.util.Comparator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.catalogue.RiskCategory;
import org.onlinelives.assessment.catalogue.Urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.assessment.rules.FactsBuilder.facts;

class ProcedurePromptsTests {

	private final AssessmentRules rules = new AssessmentRules(CatalogueLoader.loadCurrent());

	private AssessmentOutcome evaluate(FactsBuilder facts) {
		return this.rules.evaluate(facts.build());
	}

	@Nested
	class ImmediateRisk {

		@Test
		void policeWithoutDelayComesFirst() {
			AssessmentOutcome outcome = evaluate(facts().immediateRisk());
			assertThat(outcome.promptCodes()).containsExactly("POLICE_WITHOUT_DELAY", "DISCUSS_WITH_SAFEGUARDING_LEAD",
					"REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "SIGNPOSTING");
			RaisedPrompt police = outcome.prompt("POLICE_WITHOUT_DELAY").orElseThrow();
			assertThat(police.urgency()).isEqualTo(Urgency.URGENT);
			assertThat(police.reason()).isEqualTo("Immediate risk of significant harm is recorded.");
			assertThat(police.source().seed()).isEqualTo("002");
			assertThat(police.source().section()).isEqualTo("§6.6");
		}

		@Test
		void withoutItNoPolice() {
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("POLICE_WITHOUT_DELAY");
		}

	}

	@Nested
	class AnyConcern {

		@Test
		void discussWithSafeguardingLeadAndReferToChildrensSocialCare() {
			AssessmentOutcome outcome = evaluate(facts().anyConcern());
			assertThat(outcome.promptCodes()).containsExactly("DISCUSS_WITH_SAFEGUARDING_LEAD",
					"REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "SIGNPOSTING");
			assertThat(outcome.prompt("DISCUSS_WITH_SAFEGUARDING_LEAD").orElseThrow().reason())
				.isEqualTo("Recorded: a safeguarding concern.");
			assertThat(outcome.prompt("REFERRAL_TO_CHILDRENS_SOCIAL_CARE").orElseThrow().source().seed())
				.isEqualTo("004");
		}

		@Test
		void scenariosAloneAreNotAConcernButAreSignposted() {
			AssessmentOutcome outcome = evaluate(facts().scenarios(RiskCategory.CONDUCT, "CONDUCT_GAMING"));
			assertThat(outcome.promptCodes()).containsExactly("SIGNPOSTING");
		}

	}

	@Nested
	class ChildAbusedInMakingImages {

		@Test
		void section47Enquiry() {
			AssessmentOutcome outcome = evaluate(facts().childAbusedInMakingImages());
			assertThat(outcome.promptCodes()).startsWith("SECTION_47_ENQUIRY")
				.contains("DISCUSS_WITH_SAFEGUARDING_LEAD", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE");
			assertThat(outcome.prompt("SECTION_47_ENQUIRY").orElseThrow().source().section()).contains("§11");
		}

		@Test
		void notWithoutIt() {
			assertThat(evaluate(facts().intimateImageShared()).promptCodes()).doesNotContain("SECTION_47_ENQUIRY");
		}

	}

	@Nested
	class AdultOfConcernNoIdentifiedChild {

		@Test
		void policeAndDiscussionButNoReferralForAChild() {
			AssessmentOutcome outcome = evaluate(facts().adultOfConcernNoIdentifiedChild());
			assertThat(outcome.promptCodes()).containsExactly("POLICE_ADULT_NO_IDENTIFIED_CHILD",
					"DISCUSS_WITH_SAFEGUARDING_LEAD");
			assertThat(outcome.prompt("POLICE_ADULT_NO_IDENTIFIED_CHILD").orElseThrow().source().section())
				.isEqualTo("§15");
		}

	}

	@Nested
	class SomeoneWhoWorksWithChildren {

		@Test
		void allegationsProcedureAndDoNotAlertThePerson() {
			AssessmentOutcome outcome = evaluate(facts().concernAboutSomeoneWhoWorksWithChildren());
			assertThat(outcome.promptCodes()).containsExactly("ALLEGATIONS_PROCEDURE", "DO_NOT_ALERT_THE_PERSON",
					"DISCUSS_WITH_SAFEGUARDING_LEAD");
			assertThat(outcome.prompt("DO_NOT_ALERT_THE_PERSON").orElseThrow().urgency()).isEqualTo(Urgency.URGENT);
			assertThat(outcome.prompt("ALLEGATIONS_PROCEDURE").orElseThrow().prompt().title()).contains("LADO");
		}

		@Test
		void withAChildConcernTheChildIsReferredToo() {
			assertThat(evaluate(facts().concernAboutSomeoneWhoWorksWithChildren().anyConcern()).promptCodes())
				.contains("ALLEGATIONS_PROCEDURE", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE");
		}

	}

	@Nested
	class Bullying {

		@Test
		void childHarmed() {
			RaisedPrompt prompt = evaluate(facts().bullying(BullyingRole.CHILD_HARMED))
				.prompt("SEPARATE_BULLYING_REFERRALS")
				.orElseThrow();
			assertThat(prompt.reason()).contains("this young person was harmed");
			assertThat(prompt.source().section()).contains("§45");
		}

		@Test
		void childWhoHarmed() {
			assertThat(evaluate(facts().bullying(BullyingRole.CHILD_WHO_HARMED)).prompt("SEPARATE_BULLYING_REFERRALS")
				.orElseThrow()
				.reason()).contains("this young person harmed another child");
		}

		@Test
		void both() {
			assertThat(evaluate(facts().bullying(BullyingRole.CHILD_HARMED, BullyingRole.CHILD_WHO_HARMED))
				.prompt("SEPARATE_BULLYING_REFERRALS")
				.orElseThrow()
				.reason()).contains("both harmed and harmed another child");
		}

		@Test
		void bullyingIsAConcernAboutTheChildButNotACrimeByItself() {
			AssessmentOutcome outcome = evaluate(facts().bullying(BullyingRole.CHILD_HARMED));
			assertThat(outcome.promptCodes()).contains("REFERRAL_TO_CHILDRENS_SOCIAL_CARE")
				.doesNotContain("POLICE_POSSIBLE_CRIME");
		}

		@Test
		void noBullyingNoSeparateReferrals() {
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("SEPARATE_BULLYING_REFERRALS");
		}

	}

	@Nested
	class PossibleCrime {

		@Test
		void police() {
			RaisedPrompt prompt = evaluate(facts().bullying(BullyingRole.CHILD_HARMED).possibleCrime())
				.prompt("POLICE_POSSIBLE_CRIME")
				.orElseThrow();
			assertThat(prompt.urgency()).isEqualTo(Urgency.URGENT);
			assertThat(prompt.reason()).isEqualTo("What happened may be a crime.");
		}

	}

	@Nested
	class IntimateImageShared {

		@Test
		void sharedByAnyoneRaisesRemovalReassuranceAndSuicidePrevention() {
			AssessmentOutcome outcome = evaluate(facts().intimateImageShared());
			assertThat(outcome.promptCodes()).contains("EARLY_REMOVAL_REPORT", "REASSURE_THE_YOUNG_PERSON",
					"CONSIDER_SUICIDE_PREVENTION_PLAN");
			assertThat(outcome.prompt("CONSIDER_SUICIDE_PREVENTION_PLAN").orElseThrow().source().section())
				.isEqualTo("§5.33–5.34");
		}

		@Test
		void sharedByTheYoungPersonRaisesTheSame() {
			AssessmentOutcome outcome = evaluate(facts().sharedIntimateImage("SHARED_FOR_FUN"));
			assertThat(outcome.promptCodes()).contains("EARLY_REMOVAL_REPORT", "REASSURE_THE_YOUNG_PERSON",
					"CONSIDER_SUICIDE_PREVENTION_PLAN", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE");
			assertThat(outcome.prompt("EARLY_REMOVAL_REPORT").orElseThrow().reason())
				.contains("shared an intimate picture of themselves");
		}

		@Test
		void noPictureNoImagePrompts() {
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("EARLY_REMOVAL_REPORT",
					"REASSURE_THE_YOUNG_PERSON", "CONSIDER_SUICIDE_PREVENTION_PLAN");
		}

	}

	@Nested
	class PoliceAndCeop {

		@Test
		void sextortionFlag() {
			RaisedPrompt prompt = evaluate(facts().sextortion()).prompt("POLICE_AND_CEOP").orElseThrow();
			assertThat(prompt.reason()).isEqualTo("Threats or blackmail over pictures are recorded.");
			assertThat(prompt.urgency()).isEqualTo(Urgency.URGENT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "SHARED_UNDER_PRESSURE", "SHARED_WHEN_TRICKED", "SHARED_UNDER_THREAT" })
		void answersShowingCoercionWhenSharing(String why) {
			assertThat(evaluate(facts().sharedIntimateImage(why)).prompt("POLICE_AND_CEOP").orElseThrow().reason())
				.startsWith("The young person's answers about sharing a picture show coercion or threats");
		}

		@ParameterizedTest
		@ValueSource(strings = { "AFTER_THREATENED", "AFTER_BLACKMAILED_FOR_MORE" })
		void answersShowingThreatsOrBlackmailAfterwards(String after) {
			assertThat(evaluate(facts().afterSharing(after)).promptCodes()).contains("POLICE_AND_CEOP");
		}

		@ParameterizedTest
		@ValueSource(strings = { "SHARED_IN_RELATIONSHIP", "SHARED_FOR_FUN" })
		void sharingWithoutCoercionIsNotSextortion(String why) {
			assertThat(evaluate(facts().sharedIntimateImage(why)).promptCodes()).doesNotContain("POLICE_AND_CEOP");
		}

		@Test
		void bulliedAfterSharingIsNotSextortion() {
			assertThat(evaluate(facts().afterSharing("AFTER_BULLIED")).promptCodes()).doesNotContain("POLICE_AND_CEOP");
		}

		@Test
		void contactOnTwoOrMoreOccasions() {
			assertThat(groomingReason(new GroomingMarkers(true, false, false)))
				.isEqualTo("Grooming markers are recorded: contact on two or more occasions.");
		}

		@Test
		void meetingArranged() {
			assertThat(groomingReason(new GroomingMarkers(false, true, false))).contains("a meeting arranged");
		}

		@Test
		void travelToMeet() {
			assertThat(groomingReason(new GroomingMarkers(false, false, true))).contains("travel to meet");
		}

		@Test
		void noMarkersNoPrompt() {
			assertThat(evaluate(facts().grooming(GroomingMarkers.NONE).anyConcern()).promptCodes())
				.doesNotContain("POLICE_AND_CEOP");
		}

		@Test
		void raisedOnceWithEveryReason() {
			AssessmentOutcome outcome = evaluate(facts().sextortion().grooming(new GroomingMarkers(true, true, true)));
			assertThat(outcome.promptCodes()).containsOnlyOnce("POLICE_AND_CEOP");
			assertThat(outcome.prompt("POLICE_AND_CEOP").orElseThrow().reason()).contains("Threats or blackmail")
				.contains("contact on two or more occasions, a meeting arranged and travel to meet");
		}

		private String groomingReason(GroomingMarkers markers) {
			return evaluate(facts().grooming(markers)).prompt("POLICE_AND_CEOP").orElseThrow().reason();
		}

	}

	@Nested
	class Signposting {

		@Test
		void anythingOfNoteIsSignposted() {
			assertThat(evaluate(facts().factors("VISION_DIFFICULTY")).promptCodes()).containsExactly("SIGNPOSTING");
			assertThat(evaluate(facts().adversities("NEGLECT")).promptCodes()).containsExactly("SIGNPOSTING");
			assertThat(evaluate(facts().rated("CONTACT", 4)).promptCodes()).containsExactly("SIGNPOSTING");
		}

		@Test
		void ratingsBelowHighRiskAloneAreNot() {
			assertThat(evaluate(facts().rated("CONTACT", 3).rated("CONTEXT", 1)).prompts()).isEmpty();
		}

	}

	@Nested
	class Ordering {

		@Test
		void urgentFirstThenCatalogueOrderAndEveryPromptExplained() {
			AssessmentOutcome outcome = evaluate(facts().anyConcern()
				.immediateRisk()
				.childAbusedInMakingImages()
				.adultOfConcernNoIdentifiedChild()
				.concernAboutSomeoneWhoWorksWithChildren()
				.bullying(BullyingRole.CHILD_HARMED)
				.possibleCrime()
				.intimateImageShared()
				.sextortion()
				.grooming(new GroomingMarkers(true, true, true)));
			assertThat(outcome.promptCodes()).containsExactly("POLICE_WITHOUT_DELAY", "POLICE_AND_CEOP",
					"POLICE_ADULT_NO_IDENTIFIED_CHILD", "SECTION_47_ENQUIRY", "ALLEGATIONS_PROCEDURE",
					"DO_NOT_ALERT_THE_PERSON", "POLICE_POSSIBLE_CRIME", "EARLY_REMOVAL_REPORT",
					"CONSIDER_SUICIDE_PREVENTION_PLAN", "DISCUSS_WITH_SAFEGUARDING_LEAD",
					"REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "SEPARATE_BULLYING_REFERRALS", "REASSURE_THE_YOUNG_PERSON",
					"SIGNPOSTING");
			assertThat(outcome.prompts()).isSortedAccordingTo(Comparator.comparing(RaisedPrompt::urgency))
				.allSatisfy((prompt) -> {
					assertThat(prompt.reason()).isNotBlank();
					assertThat(prompt.source().seed()).isNotBlank();
					assertThat(prompt.source().section()).isNotBlank();
				});
		}

	}

}
