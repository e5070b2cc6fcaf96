package org.onlinelives.workforce.training;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of staff's suggestion of a case element or topic for training (the Dudley
 * evaluation asks for practice to feed training), reviewed by the partnership.
 */
@Table("training_suggestion")
public class TrainingSuggestion {

	public static final int MAX_TOPIC = 2000;

	public static final int MAX_REVIEW_NOTE = 1000;

	public enum Status {

		NEW, ADOPTED, NOT_ADOPTED;

		public String messageKey() {
			return "training.suggestion.status." + name();
		}

	}

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private Long suggestedBy;

	private String topic;

	private Status status;

	private String reviewNote;

	private Long reviewedBy;

	private Instant createdAt;

	private Instant reviewedAt;

	@Version
	private Long version;

	@PersistenceCreator
	TrainingSuggestion(Long id, Long partnershipId, Long agencyId, Long suggestedBy, String topic, Status status,
			String reviewNote, Long reviewedBy, Instant createdAt, Instant reviewedAt, Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.suggestedBy = suggestedBy;
		this.topic = topic;
		this.status = status;
		this.reviewNote = reviewNote;
		this.reviewedBy = reviewedBy;
		this.createdAt = createdAt;
		this.reviewedAt = reviewedAt;
		this.version = version;
	}

	/**
	 * @throws TrainingRuleException when the topic is empty or too long
	 */
	public static TrainingSuggestion suggest(Long partnershipId, Long agencyId, Long suggestedBy, String topic,
			Instant now) {
		String clean = (topic != null) ? topic.strip() : "";
		if (clean.isEmpty()) {
			throw new TrainingRuleException("topic", "training.suggestion.topic.required");
		}
		if (clean.length() > MAX_TOPIC) {
			throw new TrainingRuleException("topic", "training.suggestion.topic.tooLong");
		}
		return new TrainingSuggestion(null, partnershipId, agencyId, suggestedBy, clean, Status.NEW, null, null, now,
				null, null);
	}

	/**
	 * Records the partnership's decision.
	 * @throws TrainingRuleException when the decision is missing or still "new", or the
	 * note is too long
	 */
	public void review(Status decision, String note, Long reviewer, Instant now) {
		if (decision == null || decision == Status.NEW) {
			throw new TrainingRuleException("status", "training.suggestion.decision.required");
		}
		String clean = (note == null || note.isBlank()) ? null : note.strip();
		if (clean != null && clean.length() > MAX_REVIEW_NOTE) {
			throw new TrainingRuleException("reviewNote", "training.suggestion.note.tooLong");
		}
		this.status = decision;
		this.reviewNote = clean;
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public Long getSuggestedBy() {
		return this.suggestedBy;
	}

	public String getTopic() {
		return this.topic;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getReviewNote() {
		return this.reviewNote;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
