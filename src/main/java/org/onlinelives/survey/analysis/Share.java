package org.onlinelives.survey.analysis;

/**
 * How many of a base said yes; hidden when the counts could disclose someone.
 */
public record Share(int count, int base, boolean shown) {

	public static Share of(int count, int base) {
		return new Share(count, base, SmallCounts.shows(count, base));
	}

	/** The same figure, hidden: it could be worked out from others that are shown. */
	public Share withheld() {
		return new Share(this.count, this.base, false);
	}

	public double percent() {
		return (this.base == 0) ? 0 : 100.0 * this.count / this.base;
	}

	public long roundedPercent() {
		return Math.round(percent());
	}

}
