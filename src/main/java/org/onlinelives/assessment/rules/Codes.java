package org.onlinelives.assessment.rules;

import java.util.List;
import java.util.Set;

/**
 * The catalogue codes the rules refer to by name. {@link AssessmentRules} refuses a
 * catalogue that lacks any of them, so a renamed code fails at start-up rather than
 * silently never firing.
 */
final class Codes {

	static final String POLICE_WITHOUT_DELAY = "POLICE_WITHOUT_DELAY";

	static final String CRISIS_RESPONSE = "CRISIS_RESPONSE";

	static final String POLICE_AND_CEOP = "POLICE_AND_CEOP";

	static final String POLICE_ADULT_NO_IDENTIFIED_CHILD = "POLICE_ADULT_NO_IDENTIFIED_CHILD";

	static final String SECTION_47_ENQUIRY = "SECTION_47_ENQUIRY";

	static final String EXPLOITATION_POLICE_AND_SOCIAL_CARE = "EXPLOITATION_POLICE_AND_SOCIAL_CARE";

	static final String ALLEGATIONS_PROCEDURE = "ALLEGATIONS_PROCEDURE";

	static final String DO_NOT_ALERT_THE_PERSON = "DO_NOT_ALERT_THE_PERSON";

	static final String POLICE_POSSIBLE_CRIME = "POLICE_POSSIBLE_CRIME";

	static final String EARLY_REMOVAL_REPORT = "EARLY_REMOVAL_REPORT";

	static final String ADULT_INTIMATE_IMAGE_REPORT = "ADULT_INTIMATE_IMAGE_REPORT";

	static final String CONSIDER_SUICIDE_PREVENTION_PLAN = "CONSIDER_SUICIDE_PREVENTION_PLAN";

	static final String DISCUSS_WITH_SAFEGUARDING_LEAD = "DISCUSS_WITH_SAFEGUARDING_LEAD";

	static final String REFERRAL_TO_CHILDRENS_SOCIAL_CARE = "REFERRAL_TO_CHILDRENS_SOCIAL_CARE";

	static final String EARLY_HELP = "EARLY_HELP";

	static final String SEPARATE_BULLYING_REFERRALS = "SEPARATE_BULLYING_REFERRALS";

	static final String PREVENT_VIA_DSL = "PREVENT_VIA_DSL";

	static final String NOT_YOUR_FAULT = "NOT_YOUR_FAULT";

	static final String REASSURE_THE_YOUNG_PERSON = "REASSURE_THE_YOUNG_PERSON";

	static final String INVOLVE_PARENTS_OR_CARERS = "INVOLVE_PARENTS_OR_CARERS";

	static final String DEVICES_LAST_RESORT = "DEVICES_LAST_RESORT";

	static final String KEEP_EVIDENCE_WITHOUT_IMAGES = "KEEP_EVIDENCE_WITHOUT_IMAGES";

	static final String ADULT_SAFEGUARDING = "ADULT_SAFEGUARDING";

	static final String PERSONAL_ADVISER = "PERSONAL_ADVISER";

	static final String SIGNPOSTING = "SIGNPOSTING";

	static final String SIGNPOSTING_YOUNG_PERSON_ONLY = "SIGNPOSTING_YOUNG_PERSON_ONLY";

	static final List<String> PROMPTS = List.of(POLICE_WITHOUT_DELAY, CRISIS_RESPONSE, POLICE_AND_CEOP,
			POLICE_ADULT_NO_IDENTIFIED_CHILD, SECTION_47_ENQUIRY, EXPLOITATION_POLICE_AND_SOCIAL_CARE,
			ALLEGATIONS_PROCEDURE, DO_NOT_ALERT_THE_PERSON, POLICE_POSSIBLE_CRIME, EARLY_REMOVAL_REPORT,
			ADULT_INTIMATE_IMAGE_REPORT, CONSIDER_SUICIDE_PREVENTION_PLAN, DISCUSS_WITH_SAFEGUARDING_LEAD,
			REFERRAL_TO_CHILDRENS_SOCIAL_CARE, EARLY_HELP, SEPARATE_BULLYING_REFERRALS, PREVENT_VIA_DSL, NOT_YOUR_FAULT,
			REASSURE_THE_YOUNG_PERSON, INVOLVE_PARENTS_OR_CARERS, DEVICES_LAST_RESORT, KEEP_EVIDENCE_WITHOUT_IMAGES,
			ADULT_SAFEGUARDING, PERSONAL_ADVISER, SIGNPOSTING, SIGNPOSTING_YOUNG_PERSON_ONLY);

	/** The Contact scenario of being bullied online, the same as the factor. */
	static final String CYBERBULLIED_SCENARIO = "CONTACT_CYBERBULLIED";

	/** The vulnerability factor of being cyberbullied, the same as the scenario. */
	static final String CYBERBULLIED_FACTOR = "CYBERBULLIED";

	/**
	 * The vulnerability factor that makes an adult a care leaver with a personal adviser.
	 */
	static final String IN_OR_LEAVING_CARE = "IN_OR_LEAVING_CARE";

	/** The 10 C that the composite rule prompts for, and so does not count toward. */
	static final String COMPOSITE_AND_COMPLEX = "COMPOSITE_AND_COMPLEX";

	/**
	 * Image-sharing answers that show threats, blackmail or deceit over pictures: treated
	 * as sextortion, a matter for the police and CEOP. Being tricked into making an image
	 * is itself online sexual abuse. Pressure alone is not here: pressure from a peer is
	 * a concern for the safeguarding lead, not routinely for the police (Bromley SCB
	 * online safety strategy §5.24; Dudley online safety evaluation).
	 */
	static final Set<String> SEXTORTION_ANSWERS = Set.of("SHARED_UNDER_BLACKMAIL", "SHARED_WHEN_TRICKED",
			"SHARED_UNDER_THREAT", "AFTER_THREATENED", "AFTER_BLACKMAILED_FOR_MORE");

	/**
	 * Answers showing the picture was not shared freely, or harm followed: the picture
	 * needs reporting for removal and the young person support.
	 */
	static final Set<String> HARMFUL_SHARING_ANSWERS = Set.of("SHARED_UNDER_PRESSURE", "SHARED_UNDER_BLACKMAIL",
			"SHARED_WHEN_TRICKED", "SHARED_UNDER_THREAT", "AFTER_THREATENED", "AFTER_BULLIED",
			"AFTER_BLACKMAILED_FOR_MORE");

	/**
	 * Answers of sharing freely: many teenagers share images in a relationship or for fun
	 * with no harm (Online lives audit tool, Definitions: sexting).
	 */
	static final Set<String> FREE_SHARING_ANSWERS = Set.of("SHARED_IN_RELATIONSHIP", "SHARED_FOR_FUN");

	private Codes() {
	}

}
