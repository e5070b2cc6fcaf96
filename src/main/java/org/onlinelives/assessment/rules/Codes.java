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

	static final String POLICE_AND_CEOP = "POLICE_AND_CEOP";

	static final String POLICE_ADULT_NO_IDENTIFIED_CHILD = "POLICE_ADULT_NO_IDENTIFIED_CHILD";

	static final String SECTION_47_ENQUIRY = "SECTION_47_ENQUIRY";

	static final String ALLEGATIONS_PROCEDURE = "ALLEGATIONS_PROCEDURE";

	static final String DO_NOT_ALERT_THE_PERSON = "DO_NOT_ALERT_THE_PERSON";

	static final String POLICE_POSSIBLE_CRIME = "POLICE_POSSIBLE_CRIME";

	static final String EARLY_REMOVAL_REPORT = "EARLY_REMOVAL_REPORT";

	static final String CONSIDER_SUICIDE_PREVENTION_PLAN = "CONSIDER_SUICIDE_PREVENTION_PLAN";

	static final String DISCUSS_WITH_SAFEGUARDING_LEAD = "DISCUSS_WITH_SAFEGUARDING_LEAD";

	static final String REFERRAL_TO_CHILDRENS_SOCIAL_CARE = "REFERRAL_TO_CHILDRENS_SOCIAL_CARE";

	static final String SEPARATE_BULLYING_REFERRALS = "SEPARATE_BULLYING_REFERRALS";

	static final String REASSURE_THE_YOUNG_PERSON = "REASSURE_THE_YOUNG_PERSON";

	static final String SIGNPOSTING = "SIGNPOSTING";

	static final List<String> PROMPTS = List.of(POLICE_WITHOUT_DELAY, POLICE_AND_CEOP, POLICE_ADULT_NO_IDENTIFIED_CHILD,
			SECTION_47_ENQUIRY, ALLEGATIONS_PROCEDURE, DO_NOT_ALERT_THE_PERSON, POLICE_POSSIBLE_CRIME,
			EARLY_REMOVAL_REPORT, CONSIDER_SUICIDE_PREVENTION_PLAN, DISCUSS_WITH_SAFEGUARDING_LEAD,
			REFERRAL_TO_CHILDRENS_SOCIAL_CARE, SEPARATE_BULLYING_REFERRALS, REASSURE_THE_YOUNG_PERSON, SIGNPOSTING);

	/** The Conduct scenario of sharing an intimate picture of oneself (seed 000). */
	static final String SHARED_INTIMATE_IMAGE = "CONDUCT_SHARED_INTIMATE_IMAGE";

	/** The 10 C that the composite rule prompts for, and so does not count toward. */
	static final String COMPOSITE_AND_COMPLEX = "COMPOSITE_AND_COMPLEX";

	/**
	 * Image-sharing answers that show coercion, threats or blackmail over pictures:
	 * treated as sextortion. "Pressured" is included because the seed 000 question reads
	 * "pressured or blackmailed"; "tricked" because deceiving a child into making an
	 * image is itself online sexual abuse.
	 */
	static final Set<String> SEXTORTION_ANSWERS = Set.of("SHARED_UNDER_PRESSURE", "SHARED_WHEN_TRICKED",
			"SHARED_UNDER_THREAT", "AFTER_THREATENED", "AFTER_BLACKMAILED_FOR_MORE");

	private Codes() {
	}

}
