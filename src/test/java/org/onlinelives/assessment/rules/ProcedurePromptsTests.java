package org.onlinelives.assessment.rules;

import java.util.Comparator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

	private String reason(FactsBuilder facts, String code) {
		return evaluate(facts).prompt(code).orElseThrow().reason();
	}

	@Nested
	class ImmediateRisk {

		@Test
		void policeWithoutDelayComesFirst() {
			AssessmentOutcome outcome = evaluate(facts().immediateRisk());
			assertThat(outcome.promptCodes()).startsWith("POLICE_WITHOUT_DELAY")
				.contains("DISCUSS_WITH_SAFEGUARDING_LEAD", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE");
			RaisedPrompt police = outcome.prompt("POLICE_WITHOUT_DELAY").orElseThrow();
			assertThat(police.urgency()).isEqualTo(Urgency.URGENT);
			assertThat(police.reason()).isEqualTo("Immediate risk of significant harm is recorded.");
			assertThat(police.source().toString()).isEqualTo("Bromley SCB online safety strategy, §6.6");
			assertThat(police.prompt().contact()).contains("999");
		}

		@Test
		void withoutItNoPolice() {
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("POLICE_WITHOUT_DELAY");
		}

	}

	/** Rule 4: a recorded threshold decision; referral only where the answers meet it. */
	@Nested
	class Threshold {

		@Test
		void aConcernWithNoDecisionAsksForOneAndRefersNowhereYet() {
			AssessmentOutcome outcome = evaluate(facts().anyConcern());
			assertThat(outcome.promptCodes()).contains("DISCUSS_WITH_SAFEGUARDING_LEAD")
				.doesNotContain("REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "EARLY_HELP");
			assertThat(outcome.prompt("DISCUSS_WITH_SAFEGUARDING_LEAD").orElseThrow().reason())
				.isEqualTo("Recorded: a safeguarding concern. No threshold decision is recorded yet.");
		}

		@ParameterizedTest
		@EnumSource(value = ThresholdLevel.class, names = { "CHILD_IN_NEED", "CHILD_PROTECTION" })
		void childInNeedOrProtectionRefers(ThresholdLevel level) {
			AssessmentOutcome outcome = evaluate(facts().anyConcern().threshold(level));
			assertThat(outcome.promptCodes()).contains("REFERRAL_TO_CHILDRENS_SOCIAL_CARE")
				.doesNotContain("EARLY_HELP");
			assertThat(outcome.prompt("REFERRAL_TO_CHILDRENS_SOCIAL_CARE").orElseThrow().reason())
				.startsWith("The threshold decision recorded is ");
		}

		@Test
		void earlyHelpIsAnOutcomeWithoutReferral() {
			AssessmentOutcome outcome = evaluate(facts().anyConcern().threshold(ThresholdLevel.EARLY_HELP));
			assertThat(outcome.promptCodes()).contains("EARLY_HELP")
				.doesNotContain("REFERRAL_TO_CHILDRENS_SOCIAL_CARE");
			assertThat(outcome.prompt("EARLY_HELP").orElseThrow().prompt().localContacts())
				.containsExactly("EARLY_HELP");
		}

		@Test
		void universalRaisesNeitherReferralNorEarlyHelp() {
			assertThat(evaluate(facts().anyConcern().threshold(ThresholdLevel.UNIVERSAL)).promptCodes())
				.doesNotContain("REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "EARLY_HELP");
		}

		@Test
		void answersThatMeetChildProtectionReferWhateverLevelIsRecorded() {
			AssessmentOutcome outcome = evaluate(
					facts().childAbusedInMakingImages().threshold(ThresholdLevel.EARLY_HELP));
			assertThat(outcome.promptCodes()).contains("REFERRAL_TO_CHILDRENS_SOCIAL_CARE")
				.doesNotContain("EARLY_HELP");
			assertThat(outcome.prompt("REFERRAL_TO_CHILDRENS_SOCIAL_CARE").orElseThrow().reason())
				.contains("meet the child protection threshold by themselves: abuse in the making of images");
		}

		@Test
		void aFreelySharedPictureIsNotReferred() {
			AssessmentOutcome outcome = evaluate(facts().sharedIntimateImage("SHARED_IN_RELATIONSHIP"));
			assertThat(outcome.promptCodes()).doesNotContain("REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "POLICE_AND_CEOP",
					"EARLY_REMOVAL_REPORT");
		}

		@Test
		void bullyingAloneIsNotReferred() {
			AssessmentOutcome outcome = evaluate(facts().bullying(BullyingRole.CHILD_HARMED));
			assertThat(outcome.promptCodes()).contains("DISCUSS_WITH_SAFEGUARDING_LEAD", "KEEP_EVIDENCE_WITHOUT_IMAGES")
				.doesNotContain("REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "SEPARATE_BULLYING_REFERRALS",
						"POLICE_POSSIBLE_CRIME");
		}

		@Test
		void aPossibleCrimeAloneIsNotReferredToSocialCare() {
			AssessmentOutcome outcome = evaluate(
					facts().scenarios(RiskCategory.COMMERCE, "COMMERCE_CARD_DETAILS_STOLEN").possibleCrime());
			assertThat(outcome.promptCodes()).contains("POLICE_POSSIBLE_CRIME")
				.doesNotContain("REFERRAL_TO_CHILDRENS_SOCIAL_CARE");
			RaisedPrompt police = outcome.prompt("POLICE_POSSIBLE_CRIME").orElseThrow();
			assertThat(police.urgency()).isEqualTo(Urgency.STANDARD);
			assertThat(police.prompt().whatToDo()).contains("case by case").contains("do not refer routinely");
		}

		@Test
		void scenariosAloneAreNotAConcernButAreSignposted() {
			AssessmentOutcome outcome = evaluate(facts().scenarios(RiskCategory.CONDUCT, "CONDUCT_GAMING"));
			assertThat(outcome.promptCodes()).containsExactly("SIGNPOSTING");
		}

	}

	/** Rule 2: the Section 47 prompt says what the referrer does. */
	@Nested
	class ChildAbusedInMakingImages {

		@Test
		void section47WithoutTheReferrerInterviewingOrViewing() {
			AssessmentOutcome outcome = evaluate(facts().childAbusedInMakingImages());
			assertThat(outcome.promptCodes()).startsWith("SECTION_47_ENQUIRY")
				.contains("DISCUSS_WITH_SAFEGUARDING_LEAD", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "NOT_YOUR_FAULT");
			RaisedPrompt s47 = outcome.prompt("SECTION_47_ENQUIRY").orElseThrow();
			assertThat(s47.prompt().whatToDo()).contains("Do not interview the young person and do not view any image")
				.contains("in their own words")
				.contains("Tell the strategy discussion that the abuse was recorded")
				.contains("it is not their fault")
				.doesNotContain("Plan any interview");
			assertThat(s47.source().toString()).isEqualTo("Staffordshire e-safety procedure, §11, §12, §28–29");
		}

		@Test
		void notWithoutIt() {
			assertThat(evaluate(facts().intimateImageShared()).promptCodes()).doesNotContain("SECTION_47_ENQUIRY");
		}

	}

	/** Rule 1: grooming indicators a practitioner can see, any one enough. */
	@Nested
	class Grooming {

		@ParameterizedTest
		@EnumSource(GroomingIndicator.class)
		void anyOneIndicatorRaisesPoliceAndCeop(GroomingIndicator indicator) {
			AssessmentOutcome outcome = evaluate(facts().grooming(indicator));
			RaisedPrompt prompt = outcome.prompt("POLICE_AND_CEOP").orElseThrow();
			assertThat(prompt.urgency()).isEqualTo(Urgency.URGENT);
			assertThat(prompt.reason()).isEqualTo(
					"Signs of grooming are recorded: " + indicator.description() + ". Any one is enough to report.");
			assertThat(outcome.promptCodes()).contains("REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "NOT_YOUR_FAULT",
					"KEEP_EVIDENCE_WITHOUT_IMAGES");
		}

		@Test
		void noIndicatorNoPrompt() {
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("POLICE_AND_CEOP");
		}

		@Test
		void raisedOnceWithEveryReason() {
			AssessmentOutcome outcome = evaluate(
					facts().sextortion().grooming(GroomingIndicator.SECRECY, GroomingIndicator.ADULT_OR_MUCH_OLDER));
			assertThat(outcome.promptCodes()).containsOnlyOnce("POLICE_AND_CEOP");
			assertThat(outcome.prompt("POLICE_AND_CEOP").orElseThrow().reason()).contains("Threats or blackmail")
				.contains("an adult or much older person and secrecy");
		}

		@Test
		void thePromptSaysHowToReportToCeop() {
			assertThat(evaluate(facts().grooming(GroomingIndicator.SEXUAL_TALK)).prompt("POLICE_AND_CEOP")
				.orElseThrow()
				.prompt()
				.contact()).contains("www.ceop.police.uk/ceop-reporting").contains("101").contains("999");
		}

	}

	/** Rule 3: threats to share a picture raise the whole image response. */
	@Nested
	class Sextortion {

		@Test
		void threatsWithoutASharedPictureRaiseRemovalReassuranceAndSuicidePrevention() {
			AssessmentOutcome outcome = evaluate(facts().sextortion());
			assertThat(outcome.promptCodes()).contains("POLICE_AND_CEOP", "EARLY_REMOVAL_REPORT",
					"REASSURE_THE_YOUNG_PERSON", "CONSIDER_SUICIDE_PREVENTION_PLAN", "NOT_YOUR_FAULT",
					"REFERRAL_TO_CHILDRENS_SOCIAL_CARE");
			assertThat(outcome.prompt("POLICE_AND_CEOP").orElseThrow().reason())
				.isEqualTo("Threats or blackmail over pictures are recorded.");
			assertThat(outcome.prompt("EARLY_REMOVAL_REPORT").orElseThrow().prompt().contact())
				.contains("Report Remove");
		}

		@ParameterizedTest
		@ValueSource(strings = { "SHARED_UNDER_BLACKMAIL", "SHARED_WHEN_TRICKED", "SHARED_UNDER_THREAT" })
		void answersShowingThreatsOrDeceitWhenSharing(String why) {
			assertThat(reason(facts().sharedIntimateImage(why), "POLICE_AND_CEOP"))
				.startsWith("The young person's answers about sharing a picture show threats, blackmail or deceit");
		}

		@ParameterizedTest
		@ValueSource(strings = { "AFTER_THREATENED", "AFTER_BLACKMAILED_FOR_MORE" })
		void answersShowingThreatsOrBlackmailAfterwards(String after) {
			assertThat(evaluate(facts().afterSharing(after)).promptCodes()).contains("POLICE_AND_CEOP",
					"EARLY_REMOVAL_REPORT", "CONSIDER_SUICIDE_PREVENTION_PLAN");
		}

		@Test
		void pressureFromAPeerIsForTheSafeguardingLeadNotThePolice() {
			AssessmentOutcome outcome = evaluate(facts().sharedIntimateImage("SHARED_UNDER_PRESSURE"));
			assertThat(outcome.promptCodes()).contains("DISCUSS_WITH_SAFEGUARDING_LEAD", "EARLY_REMOVAL_REPORT")
				.doesNotContain("POLICE_AND_CEOP", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE");
		}

		@Test
		void pressureFromAnAdultIsGrooming() {
			assertThat(evaluate(facts().sharedIntimateImage("SHARED_UNDER_PRESSURE")
				.grooming(GroomingIndicator.ADULT_OR_MUCH_OLDER)).promptCodes()).contains("POLICE_AND_CEOP");
		}

		@ParameterizedTest
		@ValueSource(strings = { "SHARED_IN_RELATIONSHIP", "SHARED_FOR_FUN" })
		void sharingFreelyRaisesReassuranceOnly(String why) {
			AssessmentOutcome outcome = evaluate(facts().sharedIntimateImage(why));
			assertThat(outcome.promptCodes()).containsExactly("REASSURE_THE_YOUNG_PERSON", "SIGNPOSTING");
			assertThat(outcome.prompt("REASSURE_THE_YOUNG_PERSON").orElseThrow().reason())
				.contains("no pressure or harm recorded");
		}

		@Test
		void aPictureWithNoAnswersIsTreatedAsPossiblyHarmful() {
			assertThat(evaluate(facts().sharedIntimateImage()).promptCodes()).contains("EARLY_REMOVAL_REPORT",
					"CONSIDER_SUICIDE_PREVENTION_PLAN");
		}

		@Test
		void bulliedAfterSharingIsHarmButNotSextortion() {
			assertThat(evaluate(facts().afterSharing("AFTER_BULLIED")).promptCodes()).contains("EARLY_REMOVAL_REPORT")
				.doesNotContain("POLICE_AND_CEOP");
		}

		@Test
		void aPictureSharedByOthersRaisesTheImageResponse() {
			AssessmentOutcome outcome = evaluate(facts().intimateImageShared());
			assertThat(outcome.promptCodes()).contains("EARLY_REMOVAL_REPORT", "REASSURE_THE_YOUNG_PERSON",
					"CONSIDER_SUICIDE_PREVENTION_PLAN");
			assertThat(outcome.prompt("CONSIDER_SUICIDE_PREVENTION_PLAN").orElseThrow().source().section())
				.isEqualTo("§5.33–5.34");
		}

		@Test
		void noPictureNoImagePrompts() {
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("EARLY_REMOVAL_REPORT",
					"REASSURE_THE_YOUNG_PERSON", "CONSIDER_SUICIDE_PREVENTION_PLAN");
		}

	}

	/** Rule 5: from 18, adult routes and no child routes. */
	@Nested
	class Age {

		@Test
		void from18AdultSafeguardingReplacesTheChildRoutes() {
			AssessmentOutcome outcome = evaluate(facts().age(19)
				.childAbusedInMakingImages()
				.sextortion()
				.grooming(GroomingIndicator.SEXUAL_TALK)
				.concern(Concern.SEXUAL_EXPLOITATION)
				.bullying(BullyingRole.CHILD_HARMED)
				.threshold(ThresholdLevel.CHILD_PROTECTION));
			assertThat(outcome.promptCodes()).contains("ADULT_SAFEGUARDING", "POLICE_POSSIBLE_CRIME")
				.doesNotContain("SECTION_47_ENQUIRY", "POLICE_AND_CEOP", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE",
						"EARLY_HELP", "SEPARATE_BULLYING_REFERRALS", "EXPLOITATION_POLICE_AND_SOCIAL_CARE",
						"INVOLVE_PARENTS_OR_CARERS", "PERSONAL_ADVISER");
			assertThat(outcome.prompt("DISCUSS_WITH_SAFEGUARDING_LEAD").orElseThrow().reason())
				.endsWith("The young person is 19, so adult routes apply.");
		}

		@Test
		void careLeaversHaveTheirPersonalAdviser() {
			AssessmentOutcome outcome = evaluate(facts().age(18).factors("IN_OR_LEAVING_CARE").anyConcern());
			assertThat(outcome.promptCodes()).contains("ADULT_SAFEGUARDING", "PERSONAL_ADVISER");
			assertThat(outcome.prompt("PERSONAL_ADVISER").orElseThrow().prompt().localContacts())
				.containsExactly("LEAVING_CARE");
		}

		@ParameterizedTest
		@ValueSource(ints = { 18, 19, 25 })
		void from18AnIntimatePictureSharedOrThreatenedRaisesTheAdultRouteNotReportRemove(int age) {
			for (FactsBuilder facts : new FactsBuilder[] { facts().age(age).intimateImageShared(),
					facts().age(age).sextortion(), facts().age(age).afterSharing("AFTER_BULLIED") }) {
				AssessmentOutcome outcome = evaluate(facts);
				assertThat(outcome.promptCodes())
					.contains("ADULT_INTIMATE_IMAGE_REPORT", "REASSURE_THE_YOUNG_PERSON",
							"CONSIDER_SUICIDE_PREVENTION_PLAN")
					.doesNotContain("EARLY_REMOVAL_REPORT", "POLICE_AND_CEOP");
				RaisedPrompt adult = outcome.prompt("ADULT_INTIMATE_IMAGE_REPORT").orElseThrow();
				assertThat(adult.reason()).startsWith("Recorded: ")
					.endsWith("The young person is " + age + ", and Report Remove is for under 18s.");
				assertThat(adult.urgency()).isEqualTo(Urgency.URGENT);
				assertThat(adult.prompt().whatToDo()).contains("Revenge Porn Helpline", "StopNCII.org", "101", "999")
					.doesNotContain("Report Remove (Childline");
				assertThat(adult.prompt().contact()).contains("Revenge Porn Helpline", "StopNCII.org", "101", "999");
				assertThat(adult.prompt().localContacts()).containsExactly("POLICE");
				assertThat(adult.source().toString()).isEqualTo("Bromley SCB online safety strategy, §5.20–5.21");
			}
			assertThat(evaluate(facts().age(age).intimateImageShared()).promptCodes()).contains("NOT_YOUR_FAULT");
		}

		@Test
		void at17AnIntimatePictureStillRaisesReportRemove() {
			for (FactsBuilder facts : new FactsBuilder[] { facts().age(17).intimateImageShared(),
					facts().age(17).sextortion(), facts().age(17).afterSharing("AFTER_BULLIED") }) {
				AssessmentOutcome outcome = evaluate(facts);
				assertThat(outcome.promptCodes())
					.contains("EARLY_REMOVAL_REPORT", "REASSURE_THE_YOUNG_PERSON", "CONSIDER_SUICIDE_PREVENTION_PLAN")
					.doesNotContain("ADULT_INTIMATE_IMAGE_REPORT");
				assertThat(outcome.prompt("EARLY_REMOVAL_REPORT").orElseThrow().prompt().contact())
					.contains("Report Remove");
			}
			assertThat(evaluate(facts().age(17).intimateImageShared()).promptCodes()).contains("NOT_YOUR_FAULT");
		}

		@Test
		void from18NoPictureNoAdultImageRoute() {
			assertThat(evaluate(facts().age(19).anyConcern()).promptCodes())
				.doesNotContain("ADULT_INTIMATE_IMAGE_REPORT", "EARLY_REMOVAL_REPORT");
		}

		@Test
		void at17TheChildRoutesStand() {
			AssessmentOutcome outcome = evaluate(
					facts().age(17).factors("IN_OR_LEAVING_CARE").childAbusedInMakingImages());
			assertThat(outcome.promptCodes()).contains("SECTION_47_ENQUIRY", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE")
				.doesNotContain("ADULT_SAFEGUARDING", "PERSONAL_ADVISER");
		}

	}

	/** Rule 6: do not alert any adult of concern in the household or network. */
	@Nested
	class AdultInTheHousehold {

		@Test
		void doNotAlertAndSignpostTheYoungPersonOnly() {
			AssessmentOutcome outcome = evaluate(facts().anyConcern().concern(Concern.ADULT_IN_HOUSEHOLD_OR_NETWORK));
			assertThat(outcome.promptCodes()).contains("DO_NOT_ALERT_THE_PERSON", "SIGNPOSTING_YOUNG_PERSON_ONLY")
				.doesNotContain("SIGNPOSTING", "INVOLVE_PARENTS_OR_CARERS");
			assertThat(outcome.prompt("DO_NOT_ALERT_THE_PERSON").orElseThrow().reason())
				.isEqualTo("The concern is about an adult in the young person's household or network.");
			assertThat(outcome.prompt("SIGNPOSTING_YOUNG_PERSON_ONLY").orElseThrow().prompt().whatToDo())
				.contains("Do not give or send details to the family");
		}

		@Test
		void withoutItTheFamilyIsSignpostedAndInvolved() {
			AssessmentOutcome outcome = evaluate(facts().anyConcern());
			assertThat(outcome.promptCodes()).contains("SIGNPOSTING", "INVOLVE_PARENTS_OR_CARERS")
				.doesNotContain("DO_NOT_ALERT_THE_PERSON", "SIGNPOSTING_YOUNG_PERSON_ONLY");
		}

		@Test
		void whenInvolvingParentsWouldIncreaseTheRiskTheyAreNotPrompted() {
			AssessmentOutcome outcome = evaluate(facts().anyConcern().concern(Concern.PARENTS_WOULD_INCREASE_RISK));
			assertThat(outcome.promptCodes()).contains("SIGNPOSTING_YOUNG_PERSON_ONLY")
				.doesNotContain("INVOLVE_PARENTS_OR_CARERS", "SIGNPOSTING");
		}

	}

	@Nested
	class AdultOfConcernNoIdentifiedChild {

		@Test
		void policeAndDiscussionButNoReferralForAChild() {
			AssessmentOutcome outcome = evaluate(facts().adultOfConcernNoIdentifiedChild());
			assertThat(outcome.promptCodes()).containsExactly("DO_NOT_ALERT_THE_PERSON",
					"POLICE_ADULT_NO_IDENTIFIED_CHILD", "DISCUSS_WITH_SAFEGUARDING_LEAD");
			assertThat(outcome.prompt("POLICE_ADULT_NO_IDENTIFIED_CHILD").orElseThrow().source().section())
				.isEqualTo("§15");
		}

		// Staffordshire §17: someone suspected of abusing children or of viewing abuse
		// images is not alerted before the police investigate
		@Test
		void theAdultIsNotAlertedBeforeThePoliceAct() {
			AssessmentOutcome outcome = evaluate(facts().adultOfConcernNoIdentifiedChild());
			assertThat(outcome.prompt("DO_NOT_ALERT_THE_PERSON").orElseThrow().reason())
				.contains("concern about an adult and no child has been identified");
			assertThat(evaluate(facts().possibleCrime()).promptCodes()).doesNotContain("DO_NOT_ALERT_THE_PERSON");
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
			assertThat(outcome.prompt("ALLEGATIONS_PROCEDURE").orElseThrow().prompt().localContacts())
				.containsExactly("LADO");
		}

		@Test
		void aWorkerWhoHarmedThisChildRaisesReferralAndPoliceAsWellAsLado() {
			AssessmentOutcome outcome = evaluate(facts().concern(Concern.WORKER_HARMED_THIS_CHILD));
			assertThat(outcome.promptCodes()).contains("ALLEGATIONS_PROCEDURE", "DO_NOT_ALERT_THE_PERSON",
					"REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "POLICE_POSSIBLE_CRIME", "NOT_YOUR_FAULT");
			assertThat(outcome.prompt("POLICE_POSSIBLE_CRIME").orElseThrow().reason())
				.isEqualTo("Someone who works with children has harmed this young person.");
		}

	}

	@Nested
	class SuicidalThoughtsOrSelfHarm {

		@Test
		void urgentCrisisResponseAndSuicidePrevention() {
			AssessmentOutcome outcome = evaluate(facts().concern(Concern.SUICIDAL_THOUGHTS_OR_SELF_HARM));
			RaisedPrompt crisis = outcome.prompt("CRISIS_RESPONSE").orElseThrow();
			assertThat(crisis.urgency()).isEqualTo(Urgency.URGENT);
			assertThat(crisis.prompt().whatToDo()).contains("999").contains("the same day");
			assertThat(crisis.prompt().contact()).contains("Childline: 0800 1111").contains("Samaritans: 116 123");
			assertThat(outcome.promptCodes()).contains("CONSIDER_SUICIDE_PREVENTION_PLAN");
		}

		@Test
		void notWithoutIt() {
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("CRISIS_RESPONSE");
		}

	}

	@Nested
	class Exploitation {

		@ParameterizedTest
		@EnumSource(value = Concern.class, names = { "SEXUAL_EXPLOITATION", "CRIMINAL_EXPLOITATION_OR_GANGS" })
		void policeAndChildrensSocialCare(Concern concern) {
			AssessmentOutcome outcome = evaluate(facts().concern(concern));
			assertThat(outcome.promptCodes()).contains("EXPLOITATION_POLICE_AND_SOCIAL_CARE",
					"REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "NOT_YOUR_FAULT");
			assertThat(outcome.prompt("EXPLOITATION_POLICE_AND_SOCIAL_CARE").orElseThrow().urgency())
				.isEqualTo(Urgency.URGENT);
		}

		@Test
		void radicalisationGoesToPreventThroughTheSafeguardingLead() {
			AssessmentOutcome outcome = evaluate(facts().concern(Concern.RADICALISATION));
			RaisedPrompt prevent = outcome.prompt("PREVENT_VIA_DSL").orElseThrow();
			assertThat(prevent.prompt().whatToDo()).contains("designated safeguarding lead");
			assertThat(prevent.prompt().localContacts()).containsExactly("PREVENT");
			assertThat(outcome.promptCodes()).doesNotContain("EXPLOITATION_POLICE_AND_SOCIAL_CARE");
		}

		@Test
		void noneWithoutThem() {
			assertThat(evaluate(facts().anyConcern()).promptCodes())
				.doesNotContain("EXPLOITATION_POLICE_AND_SOCIAL_CARE", "PREVENT_VIA_DSL");
		}

	}

	@Nested
	class Bullying {

		@Test
		void separateReferralsOnlyInTheMoreSeriousCases() {
			RaisedPrompt prompt = evaluate(
					facts().bullying(BullyingRole.CHILD_HARMED).threshold(ThresholdLevel.CHILD_IN_NEED))
				.prompt("SEPARATE_BULLYING_REFERRALS")
				.orElseThrow();
			assertThat(prompt.reason()).contains("this young person was harmed").contains("child in need");
			assertThat(prompt.source().section()).contains("§45");
		}

		@Test
		void childWhoHarmed() {
			assertThat(
					reason(facts().bullying(BullyingRole.CHILD_WHO_HARMED).threshold(ThresholdLevel.CHILD_PROTECTION),
							"SEPARATE_BULLYING_REFERRALS"))
				.contains("this young person harmed another child");
		}

		@Test
		void both() {
			assertThat(reason(facts().bullying(BullyingRole.CHILD_HARMED, BullyingRole.CHILD_WHO_HARMED),
					"KEEP_EVIDENCE_WITHOUT_IMAGES"))
				.contains("both harmed and harmed another child");
		}

		@Test
		void evidenceIsKeptWithoutImages() {
			RaisedPrompt evidence = evaluate(facts().bullying(BullyingRole.CHILD_HARMED))
				.prompt("KEEP_EVIDENCE_WITHOUT_IMAGES")
				.orElseThrow();
			assertThat(evidence.prompt().whatToDo()).contains("screenshots")
				.contains("Never screenshot, copy or store");
		}

		@Test
		void noBullyingNoSeparateReferralsOrEvidencePrompt() {
			assertThat(evaluate(facts().anyConcern().threshold(ThresholdLevel.CHILD_PROTECTION)).promptCodes())
				.doesNotContain("SEPARATE_BULLYING_REFERRALS", "KEEP_EVIDENCE_WITHOUT_IMAGES");
		}

	}

	@Nested
	class Support {

		@Test
		void notYourFaultOnlyWhereTheYoungPersonWasAbusedOrExploited() {
			assertThat(evaluate(facts().sextortion()).promptCodes()).contains("NOT_YOUR_FAULT");
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("NOT_YOUR_FAULT");
			assertThat(evaluate(facts().sextortion()).prompt("NOT_YOUR_FAULT").orElseThrow().prompt().whatToDo())
				.contains("denial does not stop safeguarding action");
		}

		@Test
		void devicesOnlyAsALastResortWhenTheHarmIsOnline() {
			assertThat(evaluate(facts().intimateImageShared()).promptCodes()).contains("DEVICES_LAST_RESORT");
			assertThat(evaluate(facts().anyConcern()).promptCodes()).doesNotContain("DEVICES_LAST_RESORT");
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
		void urgentFirstThenCatalogueOrderAndEveryPromptExplainedWithItsSourceByTitle() {
			AssessmentOutcome outcome = evaluate(facts().anyConcern()
				.immediateRisk()
				.childAbusedInMakingImages()
				.adultOfConcernNoIdentifiedChild()
				.concernAboutSomeoneWhoWorksWithChildren()
				.bullying(BullyingRole.CHILD_HARMED)
				.possibleCrime()
				.intimateImageShared()
				.sextortion()
				.concern(Concern.values())
				.grooming(GroomingIndicator.values()));
			assertThat(outcome.promptCodes()).containsExactly("POLICE_WITHOUT_DELAY", "CRISIS_RESPONSE",
					"POLICE_AND_CEOP", "SECTION_47_ENQUIRY", "EXPLOITATION_POLICE_AND_SOCIAL_CARE",
					"ALLEGATIONS_PROCEDURE", "DO_NOT_ALERT_THE_PERSON", "POLICE_ADULT_NO_IDENTIFIED_CHILD",
					"EARLY_REMOVAL_REPORT", "CONSIDER_SUICIDE_PREVENTION_PLAN", "DISCUSS_WITH_SAFEGUARDING_LEAD",
					"REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "SEPARATE_BULLYING_REFERRALS", "POLICE_POSSIBLE_CRIME",
					"PREVENT_VIA_DSL", "NOT_YOUR_FAULT", "REASSURE_THE_YOUNG_PERSON", "DEVICES_LAST_RESORT",
					"KEEP_EVIDENCE_WITHOUT_IMAGES", "SIGNPOSTING_YOUNG_PERSON_ONLY");
			assertThat(outcome.prompts()).isSortedAccordingTo(Comparator.comparing(RaisedPrompt::urgency))
				.allSatisfy((prompt) -> {
					assertThat(prompt.reason()).isNotBlank();
					assertThat(prompt.source().toString()).doesNotContainIgnoringCase("seed")
						.startsWith(prompt.source().title());
					assertThat(prompt.source().section()).isNotBlank();
				});
		}

	}

}
