package org.onlinelives.retention;

import java.util.Map;

/**
 * What one run of the daily deletion removed: records by type, and access-log entries.
 */
public record RetentionRun(Map<RecordType, Integer> recordsDeleted, long accessLogEntriesDeleted, int keptOnHold) {
}
