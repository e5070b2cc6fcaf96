package org.onlinelives.retention;

/**
 * A record that can be put on legal hold, as found in the caller's scope.
 */
public record HeldRecord(RecordType type, long id, Long agencyId, String agencyName, String reference) {
}
