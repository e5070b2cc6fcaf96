package org.onlinelives.survey.analysis;

/**
 * Disclosure control for survey figures, kept small and inside the survey module: a
 * figure is shown only when its base is at least {@link #MIN_BASE} and neither the count
 * nor the rest of the base is a small non-zero number (which could point to individual
 * young people).
 */
public final class SmallCounts {

	/** Smallest base a figure is shown for. */
	public static final int MIN_BASE = 30;

	/** Counts from 1 up to this are suppressed. */
	public static final int SMALLEST_SHOWN = 5;

	private SmallCounts() {
	}

	public static boolean shows(int count, int base) {
		return base >= MIN_BASE && !small(count) && !small(base - count);
	}

	private static boolean small(int count) {
		return count > 0 && count < SMALLEST_SHOWN;
	}

}
