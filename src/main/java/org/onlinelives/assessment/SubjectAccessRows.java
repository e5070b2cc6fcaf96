package org.onlinelives.assessment;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.platform.accesslog.AccessLogEntry;

/**
 * How a subject access export writes what is held, for every module that adds to it: each
 * stored row's columns in the order the database holds them, values as text, numbers or
 * true/false, dates and times as ISO 8601 text in UTC.
 */
public final class SubjectAccessRows {

	private SubjectAccessRows() {
	}

	/**
	 * The current row, whole: a column added later is included without anyone remembering
	 * to add it.
	 */
	public static Map<String, Object> row(ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			row.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), plain(rs.getObject(column)));
		}
		return row;
	}

	/** One access-log entry. */
	public static Map<String, Object> row(AccessLogEntry entry) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", entry.id());
		row.put("occurred_at", entry.occurredAt().toString());
		row.put("agency", entry.agencyName());
		row.put("user_id", entry.userId());
		row.put("username", entry.username());
		row.put("event", entry.event().name());
		row.put("target_type", entry.targetType());
		row.put("target_id", entry.targetId());
		row.put("detail", entry.detail());
		row.put("remote_address", entry.remoteAddress());
		return row;
	}

	private static Object plain(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
		}
		return value.toString();
	}

}
