package org.onlinelives.workforce.training;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A short evaluation after a course (the Dudley evaluation's training findings):
 * confidence before and after on a scale of 1 to 5, what was useful and what was missing.
 * Shown per course, never with the person's name.
 */
@Table("training_evaluation")
public class CourseEvaluation {

	public static final int MAX_TEXT = 2000;

	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	@Id
	private Long id;

	private Long partnershipId;

	private Long recordId;

	private Long courseId;

	private int confidenceBefore;

	private int confidenceAfter;

	private String useful;

	private String missing;

	private Instant submittedAt;

	@PersistenceCreator
	CourseEvaluation(Long id, Long partnershipId, Long recordId, Long courseId, int confidenceBefore,
			int confidenceAfter, String useful, String missing, Instant submittedAt) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.recordId = recordId;
		this.courseId = courseId;
		this.confidenceBefore = confidenceBefore;
		this.confidenceAfter = confidenceAfter;
		this.useful = useful;
		this.missing = missing;
		this.submittedAt = submittedAt;
	}

	/**
	 * Evaluates the course a record is for.
	 * @throws TrainingRuleException when a confidence is missing or off the scale, or a
	 * text is too long
	 */
	public static CourseEvaluation of(TrainingRecord record, Integer before, Integer after, String useful,
			String missing, Instant now) {
		checkScale("confidenceBefore", before);
		checkScale("confidenceAfter", after);
		return new CourseEvaluation(null, record.getPartnershipId(), record.getId(), record.getCourseId(), before,
				after, checkedText("useful", useful), checkedText("missing", missing), now);
	}

	private static void checkScale(String field, Integer value) {
		if (value == null) {
			throw new TrainingRuleException(field, "training.evaluation.confidence.required");
		}
		if (value < LOWEST || value > HIGHEST) {
			throw new TrainingRuleException(field, "training.evaluation.confidence.range");
		}
	}

	private static String checkedText(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > MAX_TEXT) {
			throw new TrainingRuleException(field, "training.evaluation.text.tooLong");
		}
		return text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getCourseId() {
		return this.courseId;
	}

	public Long getRecordId() {
		return this.recordId;
	}

	public int getConfidenceBefore() {
		return this.confidenceBefore;
	}

	public int getConfidenceAfter() {
		return this.confidenceAfter;
	}

	public String getUseful() {
		return this.useful;
	}

	public String getMissing() {
		return this.missing;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
