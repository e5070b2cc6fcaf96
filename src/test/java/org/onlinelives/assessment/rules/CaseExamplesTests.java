package org.onlinelives.assessment.rules;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.catalogue.RiskCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.assessment.rules.FactsBuilder.facts;

/**
 * The case examples of the seeds, recorded as a practitioner would record them once the
 * facts in the seed are known, with the flags and prompts the practitioner should then
 * see. Only what the seed states is recorded; where the seed is silent, nothing is
 * assumed.
 */
class CaseExamplesTests {

	private final AssessmentRules rules = new AssessmentRules(CatalogueLoader.loadCurrent());

	/**
	 * Seed 000, case 1. Selina, 15, sent intimate pictures to her boyfriend, also 15,
	 * while they were together; after the break-up he shared them with friends online.
	 * She became depressed and anxious, began to self-harm, withdrew, could hardly attend
	 * school and became seriously ill. The police found the boy had been coerced by his
	 * stepfather into asking her for the pictures, and that they were being misused.
	 */
	@Test
	void selina() {
		AssessmentFacts facts = facts()
			// depressed, anxious and self-harming; withdrew and could hardly attend
			// school
			.factors("EMOTIONAL_DIFFICULTIES", "MENTAL_HEALTH_DIFFICULTIES", "ISOLATED")
			// she began to self-harm
			.concern(Concern.SUICIDAL_THOUGHTS_OR_SELF_HARM)
			// she shared the pictures with him while they were together
			.sharedIntimateImage("SHARED_IN_RELATIONSHIP")
			.anyConcern()
			// he then shared them with friends online
			.intimateImageShared()
			// an adult procured the pictures of her through the boy: abused in the
			// making of images
			.childAbusedInMakingImages()
			// sharing an indecent image of a child is an offence; the police
			// investigated
			.possibleCrime()
			// a peer spread her pictures among friends, which seed 004 §30 treats as
			// bullying; the boy, coerced himself, needs his own referral
			.bullying(BullyingRole.CHILD_HARMED)
			.build();

		AssessmentOutcome outcome = this.rules.evaluate(facts);

		// three of the eight factors: below the threshold, so judgement must carry
		// the weight here
		assertThat(outcome.flagCodes()).containsExactly(FlagCode.SCREEN_OTHER_CS);
		assertThat(outcome.flag(FlagCode.SCREEN_OTHER_CS).orElseThrow().reason())
			.endsWith("also screen Content, Contact, Commerce and commercialisation and Communities.");
		// her self-harm now has its own urgent crisis prompt; the possible crime is
		// judged case by case (standard), and the new support prompts apply
		assertThat(outcome.promptCodes()).containsExactly("CRISIS_RESPONSE", "SECTION_47_ENQUIRY",
				"EARLY_REMOVAL_REPORT", "CONSIDER_SUICIDE_PREVENTION_PLAN", "DISCUSS_WITH_SAFEGUARDING_LEAD",
				"REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "SEPARATE_BULLYING_REFERRALS", "POLICE_POSSIBLE_CRIME",
				"NOT_YOUR_FAULT", "REASSURE_THE_YOUNG_PERSON", "INVOLVE_PARENTS_OR_CARERS", "DEVICES_LAST_RESORT",
				"KEEP_EVIDENCE_WITHOUT_IMAGES", "SIGNPOSTING");
		assertThat(outcome.promptCodes()).doesNotContain("POLICE_AND_CEOP");
	}

	/**
	 * Seed 000, case 2. Sairah used an anonymous app her mother had forbidden, chatting
	 * every night with someone she believed cared for her; he taught her to delete and
	 * reinstall the app daily to hide it, they shared images, and he persuaded her to
	 * meet. At the meeting she found he was not who he said he was, and she ran away from
	 * home in fear.
	 */
	@Test
	void sairah() {
		AssessmentFacts facts = facts()
			// he was not who he said he was
			.scenarios(RiskCategory.CONTACT, "CONTACT_APPROACHED_BY_FALSE_YOUNG_PERSON")
			// nightly chat on an anonymous app
			.scenarios(RiskCategory.CONDUCT, "CONDUCT_CHATROOMS_AND_FORUMS")
			.anyConcern()
			// a child who has run away after meeting an adult who groomed her
			.immediateRisk()
			// chatted nightly; persuaded her to meet and did meet
			// someone she believed cared for her, who taught her to hide the app,
			// shared images with her and persuaded her to meet
			.grooming(GroomingIndicator.SECRECY, GroomingIndicator.MOVED_TO_PRIVATE_APP,
					GroomingIndicator.REQUESTS_FOR_IMAGES, GroomingIndicator.MEETING_PROPOSED_OR_ARRANGED)
			.build();

		AssessmentOutcome outcome = this.rules.evaluate(facts);

		assertThat(outcome.flagCodes()).containsExactly(FlagCode.SCREEN_OTHER_CS);
		assertThat(outcome.flag(FlagCode.SCREEN_OTHER_CS).orElseThrow().reason())
			.endsWith("also screen Content, Commerce and commercialisation and Communities.");
		assertThat(outcome.promptCodes()).containsExactly("POLICE_WITHOUT_DELAY", "POLICE_AND_CEOP",
				"DISCUSS_WITH_SAFEGUARDING_LEAD", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "NOT_YOUR_FAULT",
				"INVOLVE_PARENTS_OR_CARERS", "DEVICES_LAST_RESORT", "KEEP_EVIDENCE_WITHOUT_IMAGES", "SIGNPOSTING");
		assertThat(outcome.prompt("POLICE_AND_CEOP").orElseThrow().reason()).contains(
				"requests for pictures, secrecy, moving the chat to a private app and a meeting proposed or arranged");
	}

	/**
	 * Seed 003, practice example. Sally, 13, finds her sexting messages and nude pictures
	 * have been shared without her consent. The guide walks the 10 Cs: the content, where
	 * it is and whether it can be removed, the breach of confidentiality, who can help
	 * and who is a risk, her classmates, and her anxious checking, and ends by asking
	 * what the composite and complex risks are.
	 */
	@Test
	void sally() {
		AssessmentFacts facts = facts()
			// she made and sent the messages and pictures
			.scenarios(RiskCategory.CONDUCT, "CONDUCT_SHARED_INTIMATE_IMAGE")
			// nude pictures of a 13-year-old in circulation without consent
			.rated("CONTENT", 4)
			.rated("CONFIDENTIALITY_AND_SELF_DISCLOSURE", 5)
			// classmates may support her or abuse her; checking may feed anxiety: not
			// yet high risk
			.rated("CONNECTION_AND_SOCIAL_CAPITAL", 3)
			.rated("CONSUMPTION", 3)
			.anyConcern()
			.intimateImageShared()
			// sharing an indecent image of a child without consent may be an offence
			.possibleCrime()
			.build();

		AssessmentOutcome outcome = this.rules.evaluate(facts);

		assertThat(outcome.flagCodes()).containsExactly(FlagCode.SCREEN_OTHER_CS, FlagCode.COMPOSITE_AND_COMPLEX);
		assertThat(outcome.flag(FlagCode.COMPOSITE_AND_COMPLEX).orElseThrow().reason())
			.contains("(Content and Confidentiality and self-disclosure)");
		// The seed records no threshold decision and no answer meets child protection by
		// itself, so the safeguarding lead is asked for one before any referral
		assertThat(outcome.promptCodes()).containsExactly("EARLY_REMOVAL_REPORT", "CONSIDER_SUICIDE_PREVENTION_PLAN",
				"DISCUSS_WITH_SAFEGUARDING_LEAD", "POLICE_POSSIBLE_CRIME", "NOT_YOUR_FAULT",
				"REASSURE_THE_YOUNG_PERSON", "INVOLVE_PARENTS_OR_CARERS", "DEVICES_LAST_RESORT", "SIGNPOSTING");
		assertThat(outcome.prompt("DISCUSS_WITH_SAFEGUARDING_LEAD").orElseThrow().reason())
			.endsWith("No threshold decision is recorded yet.");
	}

}
