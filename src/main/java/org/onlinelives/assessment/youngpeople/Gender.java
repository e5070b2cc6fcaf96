package org.onlinelives.assessment.youngpeople;

/**
 * How the young person describes their gender, as the holding agency records it.
 */
public enum Gender {

	GIRL_OR_WOMAN, BOY_OR_MAN, NON_BINARY, DESCRIBED_ANOTHER_WAY, NOT_KNOWN, PREFERS_NOT_TO_SAY

}
