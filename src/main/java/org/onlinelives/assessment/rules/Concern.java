package org.onlinelives.assessment.rules;

/**
 * The concern questions a practitioner answers yes to. Each drives procedure prompts; the
 * sources are named where each rule uses it ({@link PromptRules}).
 */
public enum Concern {

	/** A safeguarding concern about the young person, even without evidence. */
	ANY_CONCERN,

	/** The young person may be at immediate risk of significant harm. */
	IMMEDIATE_RISK,

	/** The young person has said they think about suicide, or is harming themselves. */
	SUICIDAL_THOUGHTS_OR_SELF_HARM,

	/** The young person is identified as abused in the making of images. */
	CHILD_ABUSED_IN_MAKING_IMAGES,

	/**
	 * An intimate picture of the young person has been shared, by them or anyone else.
	 */
	INTIMATE_IMAGE_SHARED,

	/** Someone threatens to share a picture of the young person, or blackmails them. */
	SEXTORTION,

	/** Child sexual exploitation. */
	SEXUAL_EXPLOITATION,

	/** Child criminal exploitation, including gangs and county lines. */
	CRIMINAL_EXPLOITATION_OR_GANGS,

	/** Radicalisation or extremist grooming. */
	RADICALISATION,

	/** What happened may be a crime. */
	POSSIBLE_CRIME,

	/** The person of concern is an adult in the young person's household or network. */
	ADULT_IN_HOUSEHOLD_OR_NETWORK,

	/** Concern about an adult, but no child is identified. */
	ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD,

	/** The concern is about someone who works with children. */
	SOMEONE_WHO_WORKS_WITH_CHILDREN,

	/** Someone who works with children has harmed this young person. */
	WORKER_HARMED_THIS_CHILD,

	/** Telling the parents or carers would increase the risk to the young person. */
	PARENTS_WOULD_INCREASE_RISK;

	/** The exploitation concerns, asked as their own group. */
	public static final java.util.List<Concern> EXPLOITATION = java.util.List.of(SEXUAL_EXPLOITATION,
			CRIMINAL_EXPLOITATION_OR_GANGS, RADICALISATION);

	/**
	 * The concerns about pictures, asked with the Conduct scenario of sharing a picture
	 * and its follow-up questions, so that every question about pictures, threats and
	 * blackmail is asked once, in one place.
	 */
	public static final java.util.List<Concern> PICTURES = java.util.List.of(INTIMATE_IMAGE_SHARED, SEXTORTION);

}
