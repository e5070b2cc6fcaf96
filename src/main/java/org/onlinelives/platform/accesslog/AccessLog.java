package org.onlinelives.platform.accesslog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.onlinelives.platform.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes to the access log. It offers no way to change or remove an entry, and the
 * database refuses both (migrations V2 and V40).
 * <p>
 * An entry never needs a second database connection, so a request can never wait for one
 * while holding another (issue 15: a full pool of readers each waiting for a second
 * connection stalled every request for the pool's timeout):
 * <ul>
 * <li>outside a transaction the entry is written at once, on its own;</li>
 * <li>inside a read-write transaction it is written in that transaction, so it commits
 * with the change it describes; if that transaction rolls back, the entry is written
 * again on its own once the transaction has given its connection back;</li>
 * <li>inside a read-only transaction (PostgreSQL refuses writes there) it waits until the
 * transaction has ended and given its connection back, and is written then, whether the
 * transaction committed or rolled back.</li>
 * </ul>
 * So a refused or failed request is still logged. "Given its connection back" is the
 * moment {@link ReleasingTransactionManager} calls {@link #writeAfterRelease()}: still
 * inside the service call, so a view whose entry cannot be written fails instead of being
 * shown.
 */
@Service
public class AccessLog {

	private static final int MAX_DETAIL = 1000;

	/**
	 * Entries of transactions that have ended, waiting for their connection to be
	 * released.
	 */
	private static final ThreadLocal<List<Entry>> AFTER_RELEASE = ThreadLocal.withInitial(ArrayList::new);

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records something a signed-in person did. */
	public void record(SignedInUser actor, AccessEvent event, String targetType, Object targetId, String detail) {
		write(actor.partnershipId(), actor.agencyId(), actor.id(), actor.email(), event, targetType, targetId, detail);
	}

	/**
	 * Records something done by or to a person who is not (yet) signed in, such as a
	 * failed sign-in.
	 */
	public void recordFor(Long partnershipId, Long agencyId, Long userId, String username, AccessEvent event,
			String detail) {
		write(partnershipId, agencyId, userId, username, event, null, null, detail);
	}

	private void write(Long partnershipId, Long agencyId, Long userId, String username, AccessEvent event,
			String targetType, Object targetId, String detail) {
		Entry entry = new Entry(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), partnershipId, agencyId,
				userId, truncate(username, 320), event.name(), truncate(targetType, 60),
				(targetId != null) ? truncate(targetId.toString(), 60) : null, truncate(detail, MAX_DETAIL),
				truncate(remoteAddress(), 64));
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			writeAfterRelease();
			insert(entry);
			return;
		}
		EntriesOfTransaction entries = EntriesOfTransaction.current();
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			entries.afterEnd.add(entry);
		}
		else {
			insert(entry);
			entries.writtenInside.add(entry);
		}
	}

	/**
	 * Writes the entries of this thread's transactions that have ended. Called once a
	 * transaction has released its connection, and before any entry written outside a
	 * transaction, so none is left waiting.
	 */
	void writeAfterRelease() {
		List<Entry> waiting = AFTER_RELEASE.get();
		if (waiting.isEmpty()) {
			return;
		}
		List<Entry> entries = List.copyOf(waiting);
		waiting.clear();
		entries.forEach(this::insert);
	}

	private void insert(Entry entry) {
		this.jdbc
			.sql("""
					insert into access_log (occurred_at, partnership_id, agency_id, user_id, username, event,
					                        target_type, target_id, detail, remote_address)
					values (:at, :partnership, :agency, :user, :username, :event, :targetType, :targetId, :detail, :address)""")
			.param("at", entry.occurredAt())
			.param("partnership", entry.partnershipId())
			.param("agency", entry.agencyId())
			.param("user", entry.userId())
			.param("username", entry.username())
			.param("event", entry.event())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("detail", entry.detail())
			.param("address", entry.remoteAddress())
			.update();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	private record Entry(OffsetDateTime occurredAt, Long partnershipId, Long agencyId, Long userId, String username,
			String event, String targetType, String targetId, String detail, String remoteAddress) {
	}

	/**
	 * The entries made during one transaction: which were written inside it (and must be
	 * written again if it rolls back) and which wait for its end.
	 */
	private static final class EntriesOfTransaction implements TransactionSynchronization {

		private final List<Entry> writtenInside = new ArrayList<>();

		private final List<Entry> afterEnd = new ArrayList<>();

		static EntriesOfTransaction current() {
			Object existing = TransactionSynchronizationManager.getResource(EntriesOfTransaction.class);
			if (existing instanceof EntriesOfTransaction entries) {
				return entries;
			}
			EntriesOfTransaction entries = new EntriesOfTransaction();
			TransactionSynchronizationManager.bindResource(EntriesOfTransaction.class, entries);
			TransactionSynchronizationManager.registerSynchronization(entries);
			return entries;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(EntriesOfTransaction.class);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(EntriesOfTransaction.class, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(EntriesOfTransaction.class);
			List<Entry> waiting = AFTER_RELEASE.get();
			if (status != STATUS_COMMITTED) {
				// Rolled back (or unknown): the entries written inside are gone.
				waiting.addAll(this.writtenInside);
			}
			waiting.addAll(this.afterEnd);
		}

	}

}
