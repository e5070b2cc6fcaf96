package org.onlinelives.platform.accesslog;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the access-log entries about particular records of one partnership, oldest first:
 * what a subject access request returns about a young person's records.
 */
@Service
public class AccessLogAbout {

	private final JdbcClient jdbc;

	AccessLogAbout(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Entries whose target is one of the given records.
	 * @param targetType the record type as written to the log (e.g. "young person")
	 */
	public List<AccessLogEntry> about(long partnershipId, String targetType, Collection<?> targetIds) {
		if (targetIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select l.id, l.occurred_at, l.agency_id, a.name as agency_name, l.user_id, l.username, l.event,
				       l.target_type, l.target_id, l.detail, l.remote_address
				from access_log l left join agency a on a.id = l.agency_id
				where l.partnership_id = :partnership and l.target_type = :type and l.target_id in (:ids)
				order by l.occurred_at, l.id""")
			.param("partnership", partnershipId)
			.param("type", targetType)
			.param("ids", targetIds.stream().map(String::valueOf).toList())
			.query((rs, n) -> new AccessLogEntry(rs.getLong("id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), (Long) rs.getObject("agency_id"),
					rs.getString("agency_name"), (Long) rs.getObject("user_id"), rs.getString("username"),
					AccessEvent.valueOf(rs.getString("event")), rs.getString("target_type"), rs.getString("target_id"),
					rs.getString("detail"), rs.getString("remote_address")))
			.list();
	}

}
