package org.onlinelives.assessment.rules;

import java.util.Set;

/**
 * Answers to the follow-up questions on a young person sharing an intimate picture of
 * themselves (seed 000, Conduct). Codes come from the catalogue's {@code imageSharing}
 * lists.
 *
 * @param whyShared codes answering "why was it shared?"
 * @param whatHappenedAfter codes answering "what happened afterwards?"
 */
public record ImageSharingAnswers(Set<String> whyShared, Set<String> whatHappenedAfter) {

	/**
	 * The Conduct scenario of sharing an intimate picture of oneself (seed 000): the only
	 * scenario these questions follow.
	 */
	public static final String SHARED_INTIMATE_IMAGE = "CONDUCT_SHARED_INTIMATE_IMAGE";

	/** Nothing answered. */
	public static final ImageSharingAnswers NONE = new ImageSharingAnswers(Set.of(), Set.of());

	public ImageSharingAnswers {
		whyShared = (whyShared != null) ? Set.copyOf(whyShared) : Set.of();
		whatHappenedAfter = (whatHappenedAfter != null) ? Set.copyOf(whatHappenedAfter) : Set.of();
	}

	public boolean isEmpty() {
		return this.whyShared.isEmpty() && this.whatHappenedAfter.isEmpty();
	}

}
