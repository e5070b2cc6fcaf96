package org.onlinelives.platform.organisation;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The partnership name every signed-in page shows in its header. It is read once and then
 * held for {@link #HELD_FOR}, because looking it up on each request cost more than many
 * pages' own queries. A rename shows at once on the node that saved it and within
 * {@link #HELD_FOR} on any other node.
 */
@Component
public class PartnershipNames {

	static final Duration HELD_FOR = Duration.ofSeconds(30);

	private final Cache<Long, String> names = Caffeine.newBuilder()
		.expireAfterWrite(HELD_FOR)
		.maximumSize(1_000)
		.build();

	private final JdbcClient jdbc;

	PartnershipNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The partnership's name, or an empty string when there is no such partnership. */
	public String of(long partnershipId) {
		return this.names.get(partnershipId,
				(id) -> this.jdbc.sql("select name from partnership where id = ?")
					.param(id)
					.query(String.class)
					.optional()
					.orElse(""));
	}

	/**
	 * Forgets a partnership's name once the current transaction commits (at once when
	 * there is none), so the next page reads the new one.
	 */
	void forget(long partnershipId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					PartnershipNames.this.names.invalidate(partnershipId);
				}
			});
		}
		else {
			this.names.invalidate(partnershipId);
		}
	}

}
