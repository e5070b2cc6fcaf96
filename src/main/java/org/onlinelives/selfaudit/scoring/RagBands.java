package org.onlinelives.selfaudit.scoring;

/**
 * Where red ends and amber and green begin, as whole percentages of the maximum score. A
 * result exactly on a threshold takes the higher band.
 *
 * <p>
 * The defaults follow the 0 to 4 scale (seed 000): an average of 2, "to some extent", is
 * 50% and starts amber; an average of 3, "to a considerable extent / good evidence", is
 * 75% and starts green. Below 50% is red. A partnership may set its own thresholds.
 *
 * @param amberFromPercent the lowest percentage that is amber
 * @param greenFromPercent the lowest percentage that is green
 */
public record RagBands(int amberFromPercent, int greenFromPercent) {

	public static final RagBands DEFAULT = new RagBands(50, 75);

	public RagBands {
		if (amberFromPercent < 0 || greenFromPercent > 100) {
			throw new IllegalArgumentException("RAG thresholds must be between 0 and 100; got amber from "
					+ amberFromPercent + "%, green from " + greenFromPercent + "%");
		}
		if (amberFromPercent >= greenFromPercent) {
			throw new IllegalArgumentException("The amber threshold (" + amberFromPercent
					+ "%) must be below the green threshold (" + greenFromPercent + "%)");
		}
	}

	/**
	 * The band for a total out of a maximum. Compared in whole numbers so that a result
	 * exactly on a threshold (for example 18 out of 24 against 75%) is never lost to
	 * rounding.
	 * @param total the total scored
	 * @param maximum the most that could be scored
	 * @return red, amber or green
	 */
	public RagBand bandFor(int total, int maximum) {
		if (maximum <= 0 || total < 0 || total > maximum) {
			throw new IllegalArgumentException(
					"A total must be between 0 and a positive maximum; got " + total + " out of " + maximum);
		}
		long hundredths = 100L * total;
		if (hundredths >= (long) this.greenFromPercent * maximum) {
			return RagBand.GREEN;
		}
		if (hundredths >= (long) this.amberFromPercent * maximum) {
			return RagBand.AMBER;
		}
		return RagBand.RED;
	}

}
