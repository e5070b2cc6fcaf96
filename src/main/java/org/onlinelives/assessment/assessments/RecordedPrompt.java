package org.onlinelives.assessment.assessments;

import java.time.Instant;
import java.time.LocalDate;

import org.onlinelives.assessment.catalogue.Urgency;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A procedure prompt raised when the assessment was completed, and the practitioner's
 * answer to it.
 *
 * @param code the catalogue prompt
 * @param urgency how soon to act
 * @param reason why it was raised here
 * @param answer done or not applicable; null while unanswered
 * @param answerNote for "not applicable", why; for "done", an optional note
 * @param answeredOn for "done", the day it was done
 * @param answeredBy who answered
 * @param answeredByName their name as it was then
 * @param answeredAt when the answer was recorded
 */
@Table("assessment_prompt")
public record RecordedPrompt(String code, Urgency urgency, String reason, PromptAnswer answer, String answerNote,
		LocalDate answeredOn, Long answeredBy, String answeredByName, Instant answeredAt) {

	public static final int MAX_NOTE = 1000;

	public boolean isAnswered() {
		return this.answer != null;
	}

	public boolean isOpenAndUrgent() {
		return this.answer == null && this.urgency == Urgency.URGENT;
	}

	RecordedPrompt answered(PromptAnswer answer, String note, LocalDate on, long userId, String userName, Instant at) {
		return new RecordedPrompt(this.code, this.urgency, this.reason, answer, note, on, userId, userName, at);
	}

}
