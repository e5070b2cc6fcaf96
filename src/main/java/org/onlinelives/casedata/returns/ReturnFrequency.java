package org.onlinelives.casedata.returns;

/**
 * How often agencies make a data return to the partnership.
 */
public enum ReturnFrequency {

	MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

	private final int months;

	ReturnFrequency(int months) {
		this.months = months;
	}

	/** How many months one period covers. */
	public int months() {
		return this.months;
	}

}
