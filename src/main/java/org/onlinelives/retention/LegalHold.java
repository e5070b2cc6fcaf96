package org.onlinelives.retention;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A legal hold: while it is in place, the record is not deleted whatever its retention
 * period says. Lifting keeps the row, so the history of holds stays readable.
 */
@Table("legal_hold")
public class LegalHold {

	public static final int MAX_REASON = 1000;

	@Id
	private Long id;

	private Long partnershipId;

	private Long agencyId;

	private RecordType recordType;

	private Long recordId;

	private String reason;

	private Long placedBy;

	private String placedByName;

	private Instant placedAt;

	private Long liftedBy;

	private String liftedByName;

	private Instant liftedAt;

	@Version
	private Long version;

	@PersistenceCreator
	LegalHold(Long id, Long partnershipId, Long agencyId, RecordType recordType, Long recordId, String reason,
			Long placedBy, String placedByName, Instant placedAt, Long liftedBy, String liftedByName, Instant liftedAt,
			Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.agencyId = agencyId;
		this.recordType = recordType;
		this.recordId = recordId;
		this.reason = reason;
		this.placedBy = placedBy;
		this.placedByName = placedByName;
		this.placedAt = placedAt;
		this.liftedBy = liftedBy;
		this.liftedByName = liftedByName;
		this.liftedAt = liftedAt;
		this.version = version;
	}

	/**
	 * @throws IllegalArgumentException with a message key if the reason is missing or too
	 * long, or the record type cannot be held
	 */
	static LegalHold place(long partnershipId, HeldRecord record, String reason, long userId, String userName,
			Instant now) {
		if (!record.type().canBeHeld()) {
			throw new IllegalArgumentException("hold.type.required");
		}
		reasonProblem(reason).ifPresent((key) -> {
			throw new IllegalArgumentException(key);
		});
		return new LegalHold(null, partnershipId, record.agencyId(), record.type(), record.id(), reason.strip(), userId,
				userName, now, null, null, null, null);
	}

	/** The message key of what is wrong with a reason, if anything. */
	public static Optional<String> reasonProblem(String reason) {
		if (reason == null || reason.isBlank()) {
			return Optional.of("hold.reason.required");
		}
		if (reason.strip().length() > MAX_REASON) {
			return Optional.of("hold.reason.tooLong");
		}
		return Optional.empty();
	}

	/**
	 * @throws IllegalStateException if the hold was already lifted
	 */
	void lift(long userId, String userName, Instant now) {
		if (!isActive()) {
			throw new IllegalStateException("hold.alreadyLifted");
		}
		this.liftedBy = userId;
		this.liftedByName = userName;
		this.liftedAt = now;
	}

	public boolean isActive() {
		return this.liftedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public RecordType getRecordType() {
		return this.recordType;
	}

	public Long getRecordId() {
		return this.recordId;
	}

	public String getReason() {
		return this.reason;
	}

	public String getPlacedByName() {
		return this.placedByName;
	}

	public Instant getPlacedAt() {
		return this.placedAt;
	}

	public String getLiftedByName() {
		return this.liftedByName;
	}

	public Instant getLiftedAt() {
		return this.liftedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
