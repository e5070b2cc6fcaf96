package org.onlinelives.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts attempts per kind and subject in fixed windows, in the database so that every
 * node of the application sees the same counts. Each attempt updates one row; a flood
 * never adds more than one row per subject and window.
 */
@Component
public class AttemptWindows {

	/** What is counted. */
	public enum Kind {

		/** Failed sign-ins from one address for one account. */
		FAILED_PAIR,
		/** Failed sign-ins for one account, from anywhere. */
		FAILED_ACCOUNT,
		/** Failed sign-ins from one address, for any account. */
		FAILED_ADDRESS,
		/** Sign-in attempts refused because the address or account was throttled. */
		THROTTLED,
		/** API calls refused for a revoked or unknown token, by address. */
		API_REFUSED

	}

	/** One window's count that has not yet been summarised in the access log. */
	public record Closed(Kind kind, String subject, Instant windowStart, long attempts) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	AttemptWindows(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		// its own short transaction: a failed insert race must not spoil the caller's
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The start of the fixed window of this length that holds this instant. */
	public static Instant windowStart(Instant at, Duration window) {
		long length = window.toMillis();
		return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), length) * length);
	}

	/** Adds one attempt and returns the window's count including it. */
	public long increment(Kind kind, String subject, Instant windowStart) {
		String key = subjectKey(subject);
		if (update(kind, key, windowStart) == 0) {
			try {
				this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
						insert into attempt_window (kind, subject, window_start, attempts, summarised)
						values (:kind, :subject, :start, 1, false)""")
					.param("kind", kind.name())
					.param("subject", key)
					.param("start", utc(windowStart))
					.update());
			}
			catch (DuplicateKeyException ex) {
				// another request (or node) inserted the row first
				update(kind, key, windowStart);
			}
		}
		return count(kind, subject, windowStart);
	}

	public long count(Kind kind, String subject, Instant windowStart) {
		return this.jdbc.sql("""
				select coalesce(max(attempts), 0) from attempt_window
				where kind = :kind and subject = :subject and window_start = :start""")
			.param("kind", kind.name())
			.param("subject", subjectKey(subject))
			.param("start", utc(windowStart))
			.query(Long.class)
			.single();
	}

	/** Windows of these kinds that ended by {@code now} and are not yet summarised. */
	public List<Closed> closedUnsummarised(List<Kind> kinds, Instant windowEndedBy) {
		return this.jdbc.sql("""
				select kind, subject, window_start, attempts from attempt_window
				where kind in (:kinds) and summarised = false and window_start <= :start
				order by window_start, subject""")
			.param("kinds", kinds.stream().map(Kind::name).toList())
			.param("start", utc(windowEndedBy))
			.query((rs, row) -> new Closed(Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
					rs.getObject("window_start", OffsetDateTime.class).toInstant(), rs.getLong("attempts")))
			.list();
	}

	/**
	 * Marks a window summarised; false if another node got there first, so only one
	 * writes the summary.
	 */
	public boolean markSummarised(Closed closed) {
		return this.jdbc.sql("""
				update attempt_window set summarised = true
				where kind = :kind and subject = :subject and window_start = :start and summarised = false""")
			.param("kind", closed.kind().name())
			.param("subject", closed.subject())
			.param("start", utc(closed.windowStart()))
			.update() == 1;
	}

	/** Forgets windows of these kinds that started before the cut-off. */
	public int forget(List<Kind> kinds, Instant startedBefore) {
		return this.jdbc.sql("delete from attempt_window where kind in (:kinds) and window_start < :before")
			.param("kinds", kinds.stream().map(Kind::name).toList())
			.param("before", utc(startedBefore))
			.update();
	}

	private int update(Kind kind, String key, Instant windowStart) {
		Integer updated = this.ownTransaction.execute((status) -> this.jdbc.sql("""
				update attempt_window set attempts = attempts + 1
				where kind = :kind and subject = :subject and window_start = :start""")
			.param("kind", kind.name())
			.param("subject", key)
			.param("start", utc(windowStart))
			.update());
		return (updated != null) ? updated : 0;
	}

	/** Subjects are typed by strangers: keep them to the column's width. */
	private static String subjectKey(String subject) {
		String value = (subject != null) ? subject : "";
		return (value.length() <= 400) ? value : value.substring(0, 400);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
