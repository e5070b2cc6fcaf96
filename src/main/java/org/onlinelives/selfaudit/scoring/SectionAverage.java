package org.onlinelives.selfaudit.scoring;

import java.util.OptionalDouble;

/**
 * The partnership's average total for a section (or overall, section number 0), or
 * nothing when too few agencies contributed for the average to be shown safely.
 *
 * @param sectionNumber the section number, 1 to 6; 0 for overall
 * @param maximum the most an agency could score (24 a section, 144 overall)
 * @param agencyCount how many agencies contributed
 * @param averageTotal the average total, empty when suppressed
 */
public record SectionAverage(int sectionNumber, int maximum, int agencyCount, OptionalDouble averageTotal) {

	public boolean isSuppressed() {
		return this.averageTotal.isEmpty();
	}

	public OptionalDouble averagePercent() {
		return isSuppressed() ? OptionalDouble.empty()
				: OptionalDouble.of(100.0 * this.averageTotal.getAsDouble() / this.maximum);
	}

}
