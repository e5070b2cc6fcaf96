package org.onlinelives.assessment.rules;

/**
 * The flags the rules can raise.
 */
public enum FlagCode {

	/** Four or more of the eight listed vulnerability factors (seed 000). */
	INTENSIVE_SUPPORT_RECOMMENDED,

	/** A scenario in one C: screen every other C (seed 000). */
	SCREEN_OTHER_CS,

	/** Several high-risk Cs, or co-occurring offline adversities (seed 003). */
	COMPOSITE_AND_COMPLEX,

	/** An offline adversity: look deeper at online life (seed 002 §6.5). */
	LOOK_DEEPER_ONLINE

}
