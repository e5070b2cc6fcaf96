package org.onlinelives.platform.accesslog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one way entries leave the access log: retention. It deletes only entries older than
 * a cut-off, and the database's delete trigger (migration V36) refuses any entry younger
 * than the partnership's access-log retention period, whatever the application asks.
 */
@Service
public class AccessLogExpiry {

	private final JdbcClient jdbc;

	AccessLogExpiry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Entries of the partnership (or, with a null id, entries that belong to no
	 * partnership, such as sign-ins with unknown addresses) written before the cut-off.
	 */
	public long countOlderThan(Long partnershipId, Instant cutoff) {
		return scoped("select count(*) from access_log", partnershipId, cutoff).query(Long.class).single();
	}

	/**
	 * Deletes what {@link #countOlderThan} counts; returns how many entries went. The
	 * application's database role may not delete from the log, so this calls the function
	 * that the schema's owner made for it (migration V178), which refuses a cut-off
	 * younger than the partnership's period.
	 */
	public int deleteOlderThan(Long partnershipId, Instant cutoff) {
		return this.jdbc.sql("select access_log_delete_expired(cast(:partnership as bigint), :cutoff)")
			.param("partnership", partnershipId)
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.query(Long.class)
			.single()
			.intValue();
	}

	private JdbcClient.StatementSpec scoped(String statement, Long partnershipId, Instant cutoff) {
		JdbcClient.StatementSpec spec = this.jdbc
			.sql(statement + " where "
					+ ((partnershipId != null) ? "partnership_id = :partnership" : "partnership_id is null")
					+ " and occurred_at < :cutoff")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
		return (partnershipId != null) ? spec.param("partnership", partnershipId) : spec;
	}

}
