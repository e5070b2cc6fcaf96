package org.onlinelives.assessment.web;

import java.util.List;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.RecordedFlag;
import org.onlinelives.assessment.assessments.RecordedPrompt;
import org.onlinelives.assessment.rules.AssessmentOutcome;

/**
 * Flags and prompts as a page shows them: recorded at completion, or what the rules find
 * so far while the assessment is in progress.
 *
 * @param flags the flags
 * @param prompts the prompts, urgent first
 * @param preview whether this is only what the rules find so far
 */
public record OutcomeView(List<RecordedFlag> flags, List<RecordedPrompt> prompts, boolean preview) {

	static OutcomeView recorded(Assessment assessment) {
		return new OutcomeView(assessment.flags(), assessment.prompts(), false);
	}

	static OutcomeView preview(AssessmentOutcome outcome) {
		return new OutcomeView(
				outcome.flags()
					.stream()
					.map((flag) -> new RecordedFlag(flag.code().name(), flag.reason(), flag.source().seed(),
							flag.source().section()))
					.toList(),
				outcome.prompts()
					.stream()
					.map((prompt) -> new RecordedPrompt(prompt.code(), prompt.urgency(), prompt.reason(), null, null,
							null, null, null, null))
					.toList(),
				true);
	}

	public long openUrgent() {
		return this.preview ? 0 : this.prompts.stream().filter(RecordedPrompt::isOpenAndUrgent).count();
	}

}
