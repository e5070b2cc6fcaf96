package org.onlinelives.platform.disclosure;

/**
 * How strictly to protect a table: non-zero counts below the threshold are suppressed,
 * and published counts are optionally rounded to the nearest 5.
 *
 * @param threshold the smallest non-zero count that may be shown
 * @param roundToFive whether shown counts are rounded to the nearest 5
 */
public record DisclosurePolicy(int threshold, boolean roundToFive) {

	/** Default for anything exported or published (NHS and ONS small-number practice). */
	public static final int EXPORT_THRESHOLD = 10;

	/** Default inside the partnership's own pages. */
	public static final int PAGES_THRESHOLD = 5;

	public DisclosurePolicy {
		if (threshold < 1) {
			throw new IllegalArgumentException("The threshold must be at least 1 but is " + threshold);
		}
	}

}
