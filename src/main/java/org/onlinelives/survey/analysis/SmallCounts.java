package org.onlinelives.survey.analysis;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.platform.disclosure.DisclosureControl;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedCell;
import org.onlinelives.platform.disclosure.ProtectedTable;

/**
 * Disclosure control for survey figures: a figure is shown only when its base is at least
 * {@link #MIN_BASE} and neither the count nor the rest of the base is a small non-zero
 * number (which could point to individual young people). Figures that add up to one that
 * is shown are hidden together, so a hidden one cannot be worked out by subtraction
 * ({@link #pair} and {@link #categories}).
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
	 * the share of everyone, protected as one table by the platform's disclosure control:
	 * a row per category and one for those in none of them (no answer, "rather not say",
	 * no link), columns for those who met the scenario and those who did not, everyone as
	 * the totals. Categories already hidden on their own are withheld; the control then
	 * hides others with them wherever subtracting from everyone would give them away. A
	 * category is shown only when both its figures are; if the control would need a total
	 * (everyone's figure, shown elsewhere), no category is shown.
	 * @param categories the shares of the categories, each already checked on its own
	 * @param everyone the share of everyone who answered
	 * @return the shares to show, in the order given
	 */
	public static List<Share> categories(List<Share> categories, Share everyone) {
		int rows = categories.size() + 1;
		long[][] counts = new long[rows][2];
		boolean[][] withheld = new boolean[rows][2];
		long yesInNone = everyone.count();
		long noInNone = everyone.base() - everyone.count();
		for (int i = 0; i < categories.size(); i++) {
			Share share = categories.get(i);
			counts[i][0] = share.count();
			counts[i][1] = share.base() - share.count();
			yesInNone -= counts[i][0];
			noInNone -= counts[i][1];
			// a category nobody is in gives nothing away
			boolean hidden = !share.shown() && share.base() > 0;
			withheld[i][0] = hidden;
			withheld[i][1] = hidden;
		}
		if (yesInNone < 0 || noInNone < 0) {
			throw new IllegalArgumentException("Categories that do not overlap cannot outnumber everyone");
		}
		counts[rows - 1][0] = yesInNone;
		counts[rows - 1][1] = noInNone;
		ProtectedTable table = DisclosureControl.protect(counts, withheld, new DisclosurePolicy(SMALLEST_SHOWN, false));
		boolean totalsShown = !table.grandTotal().suppressed()
				&& table.columnTotals().stream().noneMatch(ProtectedCell::suppressed);
		List<Share> result = new ArrayList<>();
		for (int i = 0; i < categories.size(); i++) {
			Share share = categories.get(i);
			boolean shown = totalsShown && share.shown() && !table.cell(i, 0).suppressed()
					&& !table.cell(i, 1).suppressed();
			result.add(shown ? share : share.withheld());
		}
		return List.copyOf(result);
	}

	private static boolean small(int count) {
		return count > 0 && count < SMALLEST_SHOWN;
	}

}
