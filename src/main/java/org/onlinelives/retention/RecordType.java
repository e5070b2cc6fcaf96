package org.onlinelives.retention;

/**
 * The kinds of record with a retention period, and the periods a partnership starts with.
 */
public enum RecordType {

	/** 6 years after the last activity or until the 25th birthday, whichever is later. */
	YOUNG_PERSON(6, 25),
	/** 6 years after the last activity on the audit. */
	AUDIT(6, null),
	/** 7 years after the entry was written. */
	ACCESS_LOG(7, null);

	private final int defaultYears;

	private final Integer defaultUntilAge;

	RecordType(int defaultYears, Integer defaultUntilAge) {
		this.defaultYears = defaultYears;
		this.defaultUntilAge = defaultUntilAge;
	}

	public RetentionPeriod defaultPeriod() {
		return new RetentionPeriod(this, this.defaultYears, this.defaultUntilAge);
	}

	/** Whether the record can be kept until an age as well as for a number of years. */
	public boolean hasAge() {
		return this == YOUNG_PERSON;
	}

	/** Whether single records of this type can be put on legal hold. */
	public boolean canBeHeld() {
		return this != ACCESS_LOG;
	}

	public String messageKey() {
		return "retention.type." + name();
	}

}
