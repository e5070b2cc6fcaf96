package org.onlinelives.platform.accesslog;

import java.time.LocalDate;

/**
 * What an administrator is looking for in the access log. Every field is optional.
 */
public record AccessLogFilter(LocalDate from, LocalDate to, AccessEvent event, String person, Long agencyId) {

	public static AccessLogFilter none() {
		return new AccessLogFilter(null, null, null, null, null);
	}

}
