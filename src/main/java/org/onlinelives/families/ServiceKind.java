package org.onlinelives.families;

/**
 * The kinds of service in the help directory. Procedure prompts name the local kinds they
 * need (the first eight) and show the matching entries; the others are help that young
 * people and families can be pointed to.
 */
public enum ServiceKind {

	/** The children's social care front door (referrals, advice, out of hours team). */
	CHILDRENS_SOCIAL_CARE_FRONT_DOOR,

	/** The early help service. */
	EARLY_HELP,

	/** The local authority designated officer for allegations against staff. */
	LADO,

	/** The local Prevent team. */
	PREVENT,

	/** Local police contacts (beyond 999 and 101). */
	POLICE,

	/** Urgent mental health or crisis support for children and young people. */
	MENTAL_HEALTH_CRISIS,

	/** Adult social care (adult safeguarding). */
	ADULT_SAFEGUARDING,

	/** The leaving care service (personal advisers). */
	LEAVING_CARE,

	/** A helpline to call, text or chat to (for example Childline or The Mix). */
	HELPLINE,

	/**
	 * Counselling or support, online or in person (for example Kooth or Youth Access).
	 */
	COUNSELLING_AND_SUPPORT,

	/** Somewhere to report harm or have a picture removed (for example CEOP). */
	REPORTING,

	/** Advice and guides, such as parental controls and the age limits of apps. */
	ADVICE_AND_GUIDES,

	/** Anything else. */
	OTHER

}
