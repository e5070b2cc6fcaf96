package org.onlinelives.workforce.bulletins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How many of the people asked to acknowledge something have done so, by agency. Plain
 * Java, so the counting is easy to test exhaustively.
 */
public final class AcknowledgementRates {

	private AcknowledgementRates() {
	}

	/**
	 * One group's figures.
	 *
	 * @param agencyId the agency, or null for partnership staff who work for no agency
	 * (and for the overall figure)
	 */
	public record Rate(Long agencyId, int asked, int acknowledged) {

		/** Whole per cent, rounded down so a shortfall is never rounded away. */
		public int percent() {
			return (this.asked == 0) ? 0 : (int) ((100L * this.acknowledged) / this.asked);
		}

		public boolean complete() {
			return this.asked > 0 && this.acknowledged == this.asked;
		}

	}

	/**
	 * Each agency's figure in the order the staff came (agencies first met first), the
	 * partnership staff with no agency last, and the figure for everyone.
	 */
	public record Result(List<Rate> agencies, Rate overall) {

		public Rate forAgency(Long agencyId) {
			return this.agencies.stream()
				.filter((rate) -> Objects.equals(rate.agencyId(), agencyId))
				.findFirst()
				.orElse(new Rate(agencyId, 0, 0));
		}

	}

	/**
	 * @param staff the partnership's active people
	 * @param asked which of them are asked to acknowledge
	 * @param acknowledgers who has acknowledged (people no longer asked are ignored)
	 */
	public static Result of(Collection<StaffMember> staff, Predicate<StaffMember> asked, Set<Long> acknowledgers) {
		Map<Long, int[]> byAgency = new LinkedHashMap<>();
		int[] noAgency = new int[2];
		int[] overall = new int[2];
		for (StaffMember member : staff) {
			if (!asked.test(member)) {
				continue;
			}
			int hit = acknowledgers.contains(member.userId()) ? 1 : 0;
			int[] counts = (member.agencyId() != null) ? byAgency.computeIfAbsent(member.agencyId(), (id) -> new int[2])
					: noAgency;
			counts[0]++;
			counts[1] += hit;
			overall[0]++;
			overall[1] += hit;
		}
		List<Rate> rates = new ArrayList<>();
		byAgency.forEach((agencyId, counts) -> rates.add(new Rate(agencyId, counts[0], counts[1])));
		if (noAgency[0] > 0) {
			rates.add(new Rate(null, noAgency[0], noAgency[1]));
		}
		return new Result(rates, new Rate(null, overall[0], overall[1]));
	}

}
