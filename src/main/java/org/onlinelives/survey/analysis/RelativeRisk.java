package org.onlinelives.survey.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The relative risk of a scenario in a group compared with everyone else, from the 2×2
 * table (a of n1 in the group, c of n2 outside it), with a confidence interval by the log
 * method: ln(RR) ± z·√(1/a − 1/n1 + 1/c − 1/n2). Undefined when a cell is empty.
 */
public record RelativeRisk(double estimate, double lower, double upper) {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	/** z for a two-sided 95 % interval (1.959964…), from commons-math. */
	public static final double Z_95 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

	public static RelativeRisk of(int a, int n1, int c, int n2) {
		return of(a, n1, c, n2, 0.95);
	}

	/**
	 * @return the relative risk, or null when it is undefined (a zero cell or base)
	 */
	public static RelativeRisk of(int a, int n1, int c, int n2, double confidence) {
		if (a <= 0 || c <= 0 || n1 <= 0 || n2 <= 0 || a > n1 || c > n2) {
			return null;
		}
		double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
		double estimate = ((double) a / n1) / ((double) c / n2);
		double standardError = Math.sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2);
		double log = Math.log(estimate);
		return new RelativeRisk(estimate, Math.exp(log - z * standardError), Math.exp(log + z * standardError));
	}

	/** The interval leaves out 1: the difference is unlikely to be chance alone. */
	public boolean significant() {
		return this.lower > 1 || this.upper < 1;
	}

	public double rounded() {
		return round(this.estimate);
	}

	public double roundedLower() {
		return round(this.lower);
	}

	public double roundedUpper() {
		return round(this.upper);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
