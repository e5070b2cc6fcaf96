package org.onlinelives.platform.accesslog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger {@code access_log_delete_only_expired}: an
 * access-log row may be deleted only once it is older than its partnership's access-log
 * retention period (default 7 years). Anything younger is refused.
 */
public class ExpiredOnlyDeleteTrigger implements Trigger {

	static final int DEFAULT_YEARS = 7;

	// access_log columns: id, occurred_at, partnership_id, ...
	private static final int OCCURRED_AT = 1;

	private static final int PARTNERSHIP_ID = 2;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		int years = keptYears(connection, (Number) oldRow[PARTNERSHIP_ID]);
		OffsetDateTime occurredAt = (OffsetDateTime) oldRow[OCCURRED_AT];
		if (!occurredAt.isBefore(OffsetDateTime.now(ZoneOffset.UTC).minusYears(years))) {
			throw new SQLException(
					"The access log is append-only: only entries older than " + years + " years may be deleted");
		}
	}

	private static int keptYears(Connection connection, Number partnershipId) throws SQLException {
		if (partnershipId == null) {
			return DEFAULT_YEARS;
		}
		try (PreparedStatement statement = connection.prepareStatement(
				"select years from retention_period where partnership_id = ? and record_type = 'ACCESS_LOG'")) {
			statement.setLong(1, partnershipId.longValue());
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() ? rs.getInt(1) : DEFAULT_YEARS;
			}
		}
	}

}
