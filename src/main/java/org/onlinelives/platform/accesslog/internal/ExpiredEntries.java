package org.onlinelives.platform.accesslog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * H2's {@code access_log_delete_expired} (migration V178): deletes one partnership's
 * access-log entries older than the cut-off, or those of no partnership when the id is
 * null. The row trigger {@link ExpiredOnlyDeleteTrigger} refuses any entry younger than
 * the partnership's retention period.
 */
public final class ExpiredEntries {

	private ExpiredEntries() {
	}

	public static long delete(Connection connection, Long partnershipId, OffsetDateTime cutoff) throws SQLException {
		String sql = "delete from access_log where "
				+ ((partnershipId != null) ? "partnership_id = ?" : "partnership_id is null") + " and occurred_at < ?";
		try (PreparedStatement delete = connection.prepareStatement(sql)) {
			int parameter = 1;
			if (partnershipId != null) {
				delete.setLong(parameter++, partnershipId);
			}
			delete.setObject(parameter, cutoff);
			return delete.executeUpdate();
		}
	}

}
