package org.onlinelives.platform.accesslog;

import java.time.Instant;

/**
 * One line of the access log, as read back for administrators.
 */
public record AccessLogEntry(long id, Instant occurredAt, Long agencyId, String agencyName, Long userId,
		String username, AccessEvent event, String targetType, String targetId, String detail, String remoteAddress) {
}
