package org.onlinelives.selfaudit.scoring;

/**
 * One section's result (or, with section number 0, the overall result). The percentage is
 * of the maximum, counting unscored statements as 0, and {@link #scoredStatements()} says
 * how many were scored so a part-scored result is never mistaken for a complete one.
 *
 * @param sectionNumber the section number, 1 to 6; 0 for the overall result
 * @param title the section title, or "Overall"
 * @param total the sum of the scores given
 * @param maximum the most that could be scored (24 for a section, 144 overall)
 * @param scoredStatements how many statements were scored
 * @param statementCount how many statements there are
 */
public record SectionResult(int sectionNumber, String title, int total, int maximum, int scoredStatements,
		int statementCount) {

	public static final int OVERALL = 0;

	public double percent() {
		return 100.0 * this.total / this.maximum;
	}

	public boolean isComplete() {
		return this.scoredStatements == this.statementCount;
	}

	public int unscoredStatements() {
		return this.statementCount - this.scoredStatements;
	}

	public RagBand band(RagBands bands) {
		if (this.scoredStatements == 0) {
			return RagBand.NOT_SCORED;
		}
		return bands.bandFor(this.total, this.maximum);
	}

}
