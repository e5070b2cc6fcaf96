package org.onlinelives.assessment.catalogue;

import java.util.List;

/**
 * Follow-up questions when a young person has shared an intimate picture of themselves
 * (seed 000, Conduct).
 *
 * @param question the question as put to the practitioner
 * @param source where it comes from
 * @param whyShared answers to "why was it shared?"
 * @param whatHappenedAfter answers to "what happened afterwards?"
 */
public record ImageSharingQuestions(String question, Source source, List<AnswerOption> whyShared,
		List<AnswerOption> whatHappenedAfter) {

	public ImageSharingQuestions {
		whyShared = List.copyOf(whyShared);
		whatHappenedAfter = List.copyOf(whatHappenedAfter);
	}

}
