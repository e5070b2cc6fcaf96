package org.onlinelives.casedata.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onlinelives.casedata.figures.ReleasedFigures;
import org.onlinelives.platform.disclosure.DisclosureControl;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedCell;
import org.onlinelives.platform.disclosure.ProtectedTable;

/**
 * Turns an agency's counts for a period into the figures of its return, under the export
 * policy (a return leaves the agency), and checks that a set of figures is safe to keep.
 * Plain Java.
 *
 * <p>
 * Each breakdown is one equation: its categories add up to its total. Disclosure control
 * withholds every non-zero count below the threshold and then, where needed, further
 * figures so that no withheld figure is alone in its equation (one withheld figure could
 * be worked out from the total and the rest).
 */
public final class ReturnProtection {

	public static final String TOTAL = ReleasedFigures.TOTAL;

	private ReturnProtection() {
	}

	/**
	 * One breakdown's counts before disclosure control.
	 *
	 * @param breakdown the breakdown's name
	 * @param codes the categories' codes
	 * @param labels the categories' labels
	 * @param counts one count per category
	 * @param totalLabel what the total is called
	 */
	public record Counted(String breakdown, List<String> codes, List<String> labels, long[] counts, String totalLabel) {
	}

	public static List<ReturnFigure> protect(List<Counted> breakdowns, DisclosurePolicy policy) {
		return protect(breakdowns, policy, Set.of());
	}

	/**
	 * Protects a correction: every figure an earlier version of the return withheld stays
	 * withheld, so setting the versions side by side gives nothing away.
	 * @param withheldBefore figures withheld by earlier versions, as
	 * {@link #key(String, String)}
	 */
	public static List<ReturnFigure> protect(List<Counted> breakdowns, DisclosurePolicy policy,
			Set<String> withheldBefore) {
		List<ReturnFigure> figures = new ArrayList<>();
		for (Counted counted : breakdowns) {
			if (counted.counts().length == 0) {
				figures.add(new ReturnFigure(counted.breakdown(), TOTAL, counted.totalLabel(), true, 0L));
				continue;
			}
			boolean[] before = new boolean[counted.counts().length + 1];
			for (int i = 0; i < counted.counts().length; i++) {
				before[i] = withheldBefore.contains(key(counted.breakdown(), counted.codes().get(i)));
			}
			before[counted.counts().length] = withheldBefore.contains(key(counted.breakdown(), TOTAL));
			ProtectedTable table = DisclosureControl.protectOneWay(counted.counts(), policy, before);
			for (int i = 0; i < counted.counts().length; i++) {
				figures.add(new ReturnFigure(counted.breakdown(), counted.codes().get(i), counted.labels().get(i),
						false, shown(table.cell(i, 0))));
			}
			figures.add(new ReturnFigure(counted.breakdown(), TOTAL, counted.totalLabel(), true,
					shown(table.grandTotal())));
		}
		return List.copyOf(figures);
	}

	/**
	 * What is wrong with a set of figures, in words for a log, or empty when they are
	 * safe to keep: every shown non-zero count is at least the threshold, each breakdown
	 * has one total, and no breakdown has exactly one withheld figure.
	 */
	public static List<String> unsafe(List<ReturnFigure> figures, int threshold) {
		List<String> problems = new ArrayList<>();
		Map<String, int[]> byBreakdown = new LinkedHashMap<>();
		for (ReturnFigure figure : figures) {
			int[] tally = byBreakdown.computeIfAbsent(figure.breakdown(), (b) -> new int[2]);
			if (figure.total()) {
				tally[0]++;
			}
			if (figure.withheld()) {
				tally[1]++;
			}
			else if (figure.shownCount() < 0 || (figure.shownCount() > 0 && figure.shownCount() < threshold)) {
				problems.add(figure.breakdown() + " " + figure.categoryCode() + " shows " + figure.shownCount());
			}
		}
		byBreakdown.forEach((breakdown, tally) -> {
			if (tally[0] != 1) {
				problems.add(breakdown + " has " + tally[0] + " totals");
			}
			if (tally[1] == 1) {
				problems.add(breakdown + " has one withheld figure, which its total gives away");
			}
		});
		return problems;
	}

	/** A figure's key among a return's figures: its breakdown and category code. */
	public static String key(String breakdown, String categoryCode) {
		return breakdown + "\u0000" + categoryCode;
	}

	private static Long shown(ProtectedCell cell) {
		return cell.suppressed() ? null : cell.value();
	}

}
