package org.onlinelives.retention;

import java.time.LocalDate;

/**
 * A record and the day its retention period ends.
 *
 * @param reference how the holding agency knows the record (a young person's case
 * reference, an audit's cycle name); shown only to those who may see it
 */
public record DueRecord(RecordType type, long id, Long agencyId, String agencyName, String reference,
		LocalDate lastActivity, LocalDate dueOn) {
}
