package org.onlinelives.assessment.rules;

/**
 * Signs of grooming a practitioner can see. The law no longer needs contact on two
 * occasions: sexual communication with a child is itself an offence, so any one sign is
 * enough to involve the police and CEOP; whether an offence is made out is for the police
 * (Staffordshire e-safety procedure §9, §28, §33; Bromley SCB online safety strategy
 * §5.4).
 */
public enum GroomingIndicator {

	/** The person is an adult or much older than the young person. */
	ADULT_OR_MUCH_OLDER("an adult or much older person"),

	/** Sexual talk with the young person. */
	SEXUAL_TALK("sexual talk"),

	/** Requests for pictures or videos of the young person. */
	REQUESTS_FOR_IMAGES("requests for pictures"),

	/** Gifts, money, game credit or other rewards. */
	GIFTS_OR_MONEY("gifts or money"),

	/** Asking the young person to keep the contact secret. */
	SECRECY("secrecy"),

	/** Moving the conversation to a private or hidden app. */
	MOVED_TO_PRIVATE_APP("moving the chat to a private app"),

	/** A meeting proposed or arranged, including travel to meet. */
	MEETING_PROPOSED_OR_ARRANGED("a meeting proposed or arranged");

	private final String description;

	GroomingIndicator(String description) {
		this.description = description;
	}

	/** How the indicator reads inside a prompt's reason. */
	public String description() {
		return this.description;
	}

}
