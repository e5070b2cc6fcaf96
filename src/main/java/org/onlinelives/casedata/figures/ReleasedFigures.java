package org.onlinelives.casedata.figures;

import java.util.HashSet;
import java.util.Set;

/**
 * Which of the partnership's per-agency figures for a period its readers already have
 * from another release (the agencies' submitted returns): partnership tables never
 * withhold those again, so a withheld figure can never be worked out from them.
 */
public final class ReleasedFigures {

	/** What a category code stands for when the figure is a breakdown's total. */
	public static final String TOTAL = "TOTAL";

	private static final ReleasedFigures NONE = new ReleasedFigures(Set.of());

	private final Set<String> shown;

	private ReleasedFigures(Set<String> shown) {
		this.shown = shown;
	}

	public static ReleasedFigures none() {
		return NONE;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Whether an agency's figure for a breakdown's category (or {@link #TOTAL}) is out.
	 */
	public boolean shown(long agencyId, String breakdown, String categoryCode) {
		return this.shown.contains(key(agencyId, breakdown, categoryCode));
	}

	private static String key(long agencyId, String breakdown, String categoryCode) {
		return agencyId + "\u0000" + breakdown + "\u0000" + categoryCode;
	}

	/** Collects the shown figures of every version of every agency's return. */
	public static final class Builder {

		private final Set<String> shown = new HashSet<>();

		public Builder shown(long agencyId, String breakdown, String categoryCode) {
			this.shown.add(key(agencyId, breakdown, categoryCode));
			return this;
		}

		public ReleasedFigures build() {
			return new ReleasedFigures(Set.copyOf(this.shown));
		}

	}

}
