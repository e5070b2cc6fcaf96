package org.onlinelives.platform.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A safeguarding partnership: the tenant. Nothing identifiable crosses between
 * partnerships.
 */
@Table("partnership")
public class Partnership {

	@Id
	private Long id;

	private String name;

	private boolean secondFactorForEveryone;

	private Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Partnership(Long id, String name, boolean secondFactorForEveryone, Instant createdAt, Long version) {
		this.id = id;
		this.name = name;
		this.secondFactorForEveryone = secondFactorForEveryone;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static Partnership create(String name, Instant now) {
		return new Partnership(null, name, false, now, null);
	}

	public void rename(String name) {
		this.name = name;
	}

	public void requireSecondFactorForEveryone(boolean required) {
		this.secondFactorForEveryone = required;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public boolean isSecondFactorForEveryone() {
		return this.secondFactorForEveryone;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
