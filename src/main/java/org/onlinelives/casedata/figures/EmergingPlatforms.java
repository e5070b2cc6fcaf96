package org.onlinelives.casedata.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Platforms that are emerging in a quarter (PRODUCT.md §5: "emerging platforms are listed
 * as they appear"): those first recorded this quarter, and those whose share of the cases
 * with an online component rose most since the previous quarter. Plain Java; counts
 * arrive already under disclosure control where they must, and a withheld count is never
 * used to rank.
 *
 * @param from the quarter's first month
 * @param to the last month counted (the quarter so far)
 * @param comparable whether any case in scope was counted before this quarter; if not,
 * every platform would be "new", so none is listed
 * @param newThisQuarter platforms with no case before this quarter, most cases first
 * @param roseMost up to {@value #TOP} platforms whose share rose, largest rise first
 */
public record EmergingPlatforms(YearMonth from, YearMonth to, boolean comparable, List<NewPlatform> newThisQuarter,
		List<Rise> roseMost) {

	public static final int TOP = 5;

	/** The first month of the quarter a month is in (January, April, July, October). */
	public static YearMonth quarterStart(YearMonth month) {
		return YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1);
	}

	/**
	 * @param to the last month of the quarter so far
	 * @param comparable whether the scope holds any case counted before the quarter
	 * @param platforms every platform recorded in scope up to {@code to}
	 * @param onlineThisQuarter cases with an online component this quarter, or null if
	 * withheld
	 * @param onlinePreviousQuarter the same for the previous quarter
	 */
	public static EmergingPlatforms of(YearMonth to, boolean comparable, List<PlatformQuarters> platforms,
			Long onlineThisQuarter, Long onlinePreviousQuarter) {
		return of(quarterStart(to), to, comparable, platforms, onlineThisQuarter, onlinePreviousQuarter);
	}

	/**
	 * As {@link #of(YearMonth, boolean, List, Long, Long)} for a period of any length.
	 */
	public static EmergingPlatforms of(YearMonth from, YearMonth to, boolean comparable,
			List<PlatformQuarters> platforms, Long onlineThisQuarter, Long onlinePreviousQuarter) {
		List<NewPlatform> fresh = new ArrayList<>();
		if (comparable) {
			platforms.stream()
				.filter((p) -> !p.firstRecorded().isBefore(from) && !p.firstRecorded().isAfter(to))
				.sorted(Comparator
					.comparing((PlatformQuarters p) -> (p.casesThisQuarter() != null) ? -p.casesThisQuarter() : 1L)
					.thenComparing(PlatformQuarters::label))
				.forEach((p) -> fresh.add(new NewPlatform(p.label(), p.casesThisQuarter())));
		}
		List<Rise> rises = new ArrayList<>();
		if (positive(onlineThisQuarter) && positive(onlinePreviousQuarter)) {
			for (PlatformQuarters p : platforms) {
				if (p.onlineThisQuarter() == null || p.onlinePreviousQuarter() == null) {
					continue;
				}
				BigDecimal now = share(p.onlineThisQuarter(), onlineThisQuarter);
				BigDecimal before = share(p.onlinePreviousQuarter(), onlinePreviousQuarter);
				BigDecimal points = now.subtract(before);
				if (points.signum() > 0) {
					rises.add(new Rise(p.label(), before, now, points));
				}
			}
			rises.sort(Comparator.comparing(Rise::exactPoints).reversed().thenComparing(Rise::label));
		}
		return new EmergingPlatforms(from, to, comparable, List.copyOf(fresh),
				List.copyOf(rises.subList(0, Math.min(TOP, rises.size()))));
	}

	/** How many rises are listed at most. */
	public int top() {
		return TOP;
	}

	private static boolean positive(Long count) {
		return count != null && count > 0;
	}

	/** Percentage, kept exact enough to rank; shown to one decimal place. */
	private static BigDecimal share(long count, long total) {
		return BigDecimal.valueOf(count)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP);
	}

	/**
	 * @param label the platform
	 * @param cases cases recording it this quarter, or null if withheld
	 */
	public record NewPlatform(String label, Long cases) {
	}

	/**
	 * @param label the platform
	 * @param exactPreviousShare share of the previous quarter's online cases, per cent
	 * @param exactShare share of this quarter's online cases, per cent
	 * @param exactPoints the rise in percentage points
	 */
	public record Rise(String label, BigDecimal exactPreviousShare, BigDecimal exactShare, BigDecimal exactPoints) {

		public BigDecimal previousShare() {
			return this.exactPreviousShare.setScale(1, RoundingMode.HALF_UP);
		}

		public BigDecimal share() {
			return this.exactShare.setScale(1, RoundingMode.HALF_UP);
		}

		public BigDecimal points() {
			return this.exactPoints.setScale(1, RoundingMode.HALF_UP);
		}

	}

}
