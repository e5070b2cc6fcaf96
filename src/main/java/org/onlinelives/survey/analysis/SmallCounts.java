package org.onlinelives.survey.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Disclosure control for survey figures, kept small and inside the survey module: a
 * figure is shown only when its base is at least {@link #MIN_BASE} and neither the count
 * nor the rest of the base is a small non-zero number (which could point to individual
 * young people). Figures that add up to one that is shown are hidden together, so a
 * hidden one cannot be worked out by subtraction ({@link #pair} and {@link #categories}).
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

	/**
	 * A group and everyone else: the two add up to everyone who answered, which other
	 * groups' figures give away, so either is shown only when both are.
	 * @return the two shares, in the order given
	 */
	public static List<Share> pair(Share inGroup, Share others) {
		if (inGroup.shown() && others.shown()) {
			return List.of(inGroup, others);
		}
		return List.of(inGroup.withheld(), others.withheld());
	}

	/**
	 * Categories that do not overlap (a school or group, a gender, a year group) beside
	 * the share of everyone. Everyone less the categories shown is what the hidden
	 * categories and those in none (no answer, "rather not say", no link) add up to. When
	 * only one category is hidden and those in none are fewer than {@link #MIN_BASE},
	 * that subtraction all but gives the hidden category away, so the shown category with
	 * the smallest base is hidden too. (A category nobody is in gives nothing away.)
	 * @param categories the shares of the categories, each already checked on its own
	 * @param everyone the share of everyone who answered
	 * @return the shares to show, in the order given
	 */
	public static List<Share> categories(List<Share> categories, Share everyone) {
		List<Share> result = new ArrayList<>(categories);
		int hidden = 0;
		int inCategories = 0;
		int smallestShown = -1;
		for (int i = 0; i < result.size(); i++) {
			Share share = result.get(i);
			inCategories += share.base();
			if (!share.shown() && share.base() > 0) {
				hidden++;
			}
			else if (smallestShown < 0 || share.base() < result.get(smallestShown).base()) {
				smallestShown = i;
			}
		}
		int inNone = everyone.base() - inCategories;
		if (hidden == 1 && inNone < MIN_BASE && smallestShown >= 0) {
			result.set(smallestShown, result.get(smallestShown).withheld());
		}
		return List.copyOf(result);
	}

	private static boolean small(int count) {
		return count > 0 && count < SMALLEST_SHOWN;
	}

}
