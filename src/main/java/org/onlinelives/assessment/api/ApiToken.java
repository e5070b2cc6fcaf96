package org.onlinelives.assessment.api;

import java.time.Instant;

import org.onlinelives.assessment.InvalidAnswerException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal API token. Only its SHA-256 hash is kept; the token itself is shown once,
 * when it is made.
 */
@Table("api_token")
public class ApiToken {

	public static final int MAX_NAME = 100;

	@Id
	private Long id;

	private Long userId;

	private Long partnershipId;

	private String name;

	private String tokenHash;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	@Version
	private Long version;

	@PersistenceCreator
	ApiToken(Long id, Long userId, Long partnershipId, String name, String tokenHash, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt, Long version) {
		this.id = id;
		this.userId = userId;
		this.partnershipId = partnershipId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.lastUsedAt = lastUsedAt;
		this.revokedAt = revokedAt;
		this.version = version;
	}

	static ApiToken issue(long userId, long partnershipId, String name, String tokenHash, Instant now) {
		if (name == null || name.isBlank()) {
			throw new InvalidAnswerException("name", "apiToken.name.required",
					"A token needs a name of 1 to " + MAX_NAME + " characters");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new InvalidAnswerException("name", "apiToken.name.tooLong",
					"A token needs a name of 1 to " + MAX_NAME + " characters");
		}
		return new ApiToken(null, userId, partnershipId, name.strip(), tokenHash, now, null, null, null);
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUserId() {
		return this.userId;
	}

	Long getPartnershipIdValue() {
		return this.partnershipId;
	}

	public String getName() {
		return this.name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
