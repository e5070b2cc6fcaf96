package org.onlinelives.platform.web;

/**
 * A record that does not exist or is outside the caller's partnership or agency. Both
 * look the same to the caller (404), so ids cannot be probed; the attempt is written to
 * the access log.
 */
public class RecordNotFoundException extends RuntimeException {

	private final String recordType;

	private final String recordId;

	public RecordNotFoundException(String recordType, Object recordId) {
		super(recordType + " " + recordId + " not found in scope");
		this.recordType = recordType;
		this.recordId = String.valueOf(recordId);
	}

	public String recordType() {
		return this.recordType;
	}

	public String recordId() {
		return this.recordId;
	}

}
