package org.onlinelives.workforce.bulletins;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who has acknowledged which bulletin and which version of the code of conduct. An
 * acknowledgement is written once and never changed; every read takes the partnership.
 */
@Component
class Acknowledgements {

	private final JdbcClient jdbc;

	Acknowledgements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the acknowledgement; false if the person had already acknowledged. */
	boolean acknowledgeBulletin(long partnershipId, long bulletinId, long userId, Instant now) {
		return insert("bulletin_acknowledgement", "bulletin_id", partnershipId, bulletinId, userId, now);
	}

	boolean acknowledgeVersion(long partnershipId, long versionId, long userId, Instant now) {
		return insert("conduct_acknowledgement", "version_id", partnershipId, versionId, userId, now);
	}

	Set<Long> bulletinsAcknowledgedBy(long partnershipId, long userId) {
		return new HashSet<>(this.jdbc.sql(
				"select bulletin_id from bulletin_acknowledgement where partnership_id = :partnership and user_id = :user")
			.param("partnership", partnershipId)
			.param("user", userId)
			.query(Long.class)
			.list());
	}

	/** The people who acknowledged each of the partnership's bulletins, by bulletin. */
	Map<Long, Set<Long>> bulletinAcknowledgers(long partnershipId) {
		Map<Long, Set<Long>> byBulletin = new HashMap<>();
		this.jdbc.sql("select bulletin_id, user_id from bulletin_acknowledgement where partnership_id = :partnership")
			.param("partnership", partnershipId)
			.query((rs) -> {
				byBulletin.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>()).add(rs.getLong(2));
			});
		return byBulletin;
	}

	Set<Long> bulletinAcknowledgers(long partnershipId, long bulletinId) {
		return new HashSet<>(this.jdbc.sql(
				"select user_id from bulletin_acknowledgement where partnership_id = :partnership and bulletin_id = :bulletin")
			.param("partnership", partnershipId)
			.param("bulletin", bulletinId)
			.query(Long.class)
			.list());
	}

	Set<Long> versionAcknowledgers(long partnershipId, long versionId) {
		return new HashSet<>(this.jdbc.sql(
				"select user_id from conduct_acknowledgement where partnership_id = :partnership and version_id = :version")
			.param("partnership", partnershipId)
			.param("version", versionId)
			.query(Long.class)
			.list());
	}

	boolean hasAcknowledgedVersion(long partnershipId, long versionId, long userId) {
		return this.jdbc.sql("""
				select count(*) from conduct_acknowledgement
				where partnership_id = :partnership and version_id = :version and user_id = :user""")
			.param("partnership", partnershipId)
			.param("version", versionId)
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	private boolean insert(String table, String keyColumn, long partnershipId, long key, long userId, Instant now) {
		try {
			// table and column names are constants of this class, never input
			return this.jdbc.sql("insert into " + table + " (" + keyColumn
					+ ", user_id, partnership_id, acknowledged_at) select :key, :user, :partnership, :now where not exists"
					+ " (select 1 from " + table + " where " + keyColumn + " = :key and user_id = :user)")
				.param("key", key)
				.param("user", userId)
				.param("partnership", partnershipId)
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update() > 0;
		}
		catch (DuplicateKeyException raced) {
			// the same person acknowledged twice at once: the first one counts
			return false;
		}
	}

}
