package org.onlinelives.casedata.figures;

import org.onlinelives.casedata.facts.Dimension;

/**
 * The ways cases are counted. Each names the SQL expression it groups by; only these
 * constants ever reach a query.
 */
public enum Breakdown {

	MONTH("f.counted_month", null), YEAR("extract(year from f.counted_month)", null), C("i.code", Dimension.C),
	SCENARIO("i.code", Dimension.SCENARIO), AGE_BAND("f.age_band", null), GENDER("f.gender", null),
	FACTOR("i.code", Dimension.FACTOR), PLATFORM("lower(i.code)", Dimension.PLATFORM),
	REFERRAL_SOURCE("f.referral_source", null), OUTCOME("coalesce(f.outcome, 'NONE')", null);

	private final String groupBy;

	private final Dimension dimension;

	Breakdown(String groupBy, Dimension dimension) {
		this.groupBy = groupBy;
		this.dimension = dimension;
	}

	String groupBy() {
		return this.groupBy;
	}

	/** The item dimension joined, or null for a column of the fact itself. */
	Dimension dimension() {
		return this.dimension;
	}

	/** Whether a case can be counted in more than one category. */
	public boolean multiValued() {
		return this.dimension != null;
	}

	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
