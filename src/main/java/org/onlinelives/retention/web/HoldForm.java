package org.onlinelives.retention.web;

import java.util.Optional;

import org.onlinelives.retention.RecordType;
import org.onlinelives.platform.web.FormValues;

/**
 * A legal hold as typed: which record (type and number) and why.
 */
record HoldForm(String type, String recordId, String reason) {

	static HoldForm empty() {
		return new HoldForm(null, null, null);
	}

	Optional<RecordType> recordType() {
		return FormValues.toEnum(RecordType.class, this.type).filter(RecordType::canBeHeld);
	}

	Optional<Long> id() {
		return FormValues.toLong(this.recordId).filter((id) -> id > 0);
	}

}
