package org.onlinelives.platform.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use code that stands in for the second factor when the authenticator is lost.
 * Stored hashed.
 */
@Table("recovery_code")
record RecoveryCode(@Id Long id, String codeHash, Instant usedAt) {

	RecoveryCode use(Instant now) {
		return new RecoveryCode(this.id, this.codeHash, now);
	}

	boolean unused() {
		return this.usedAt == null;
	}

}
