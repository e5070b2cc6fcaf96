package org.onlinelives.selfaudit.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.onlinelives.selfaudit.scoring.AuditScores;
import org.onlinelives.selfaudit.scoring.RagBand;
import org.onlinelives.selfaudit.scoring.RagBands;
import org.onlinelives.selfaudit.scoring.SectionResult;
import org.onlinelives.selfaudit.scoring.StatementRanking;
import org.onlinelives.selfaudit.scoring.StatementScore;

/**
 * An audit's results for the results page and the PDF: section totals out of 24 with
 * percentage and RAG band, the overall total out of 144, the strongest and weakest
 * statements, and two charts (section bars and the 36-statement profile) drawn as SVG
 * with a data table beside each. Plain Java, so the numbers are easy to test.
 */
public final class AuditResults {

	/** How many statements the strongest and weakest lists show. */
	public static final int RANKED = 5;

	private final AuditScores scores;

	private final RagBands bands;

	private AuditResults(AuditScores scores, RagBands bands) {
		this.scores = scores;
		this.bands = bands;
	}

	public static AuditResults of(AuditFramework framework, Map<String, Integer> scoresByStatement, RagBands bands) {
		return new AuditResults(AuditScores.of(framework, scoresByStatement), bands);
	}

	public record Row(SectionResult result, RagBand band) {

		public String percent() {
			return AuditResults.percent(this.result.percent());
		}

	}

	public List<Row> sections() {
		return this.scores.sections().stream().map((result) -> new Row(result, result.band(this.bands))).toList();
	}

	public Row overall() {
		SectionResult overall = this.scores.overall();
		return new Row(overall, overall.band(this.bands));
	}

	public RagBands bands() {
		return this.bands;
	}

	public AuditScores scores() {
		return this.scores;
	}

	public List<StatementScore> strongest() {
		return StatementRanking.strongest(this.scores, RANKED);
	}

	public List<StatementScore> weakest() {
		return StatementRanking.weakest(this.scores, RANKED);
	}

	// --- charts: geometry only; the template draws it

	public static final int CHART_WIDTH = 640;

	static final int LABEL_WIDTH = 230;

	static final int BAR_AREA = 320;

	static final int ROW_HEIGHT = 34;

	public record Bar(int sectionNumber, String label, int y, int width, String fill, String valueText, int textX,
			int textY) {
	}

	public record Gridline(int x, String label) {
	}

	public List<Bar> sectionBars() {
		List<Bar> bars = new ArrayList<>();
		int y = 10;
		for (Row row : sections()) {
			SectionResult result = row.result();
			int width = (int) Math.round(BAR_AREA * (double) result.total() / result.maximum());
			bars.add(new Bar(result.sectionNumber(), result.sectionNumber() + " " + result.title(), y, width,
					fill(row.band()), result.total() + "/" + result.maximum() + " (" + row.percent() + ")",
					LABEL_WIDTH + width + 6, y + 17));
			y += ROW_HEIGHT;
		}
		return bars;
	}

	public int sectionChartHeight() {
		return 10 + AuditFramework.SECTION_COUNT * ROW_HEIGHT + 30;
	}

	public List<Gridline> sectionGridlines() {
		return List.of(0, 25, 50, 75, 100)
			.stream()
			.map((percent) -> new Gridline(LABEL_WIDTH + BAR_AREA * percent / 100, percent + "%"))
			.toList();
	}

	public int chartWidth() {
		return CHART_WIDTH;
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

	public int gridBottom() {
		return 10 + AuditFramework.SECTION_COUNT * ROW_HEIGHT;
	}

	public String sectionChartDescription() {
		StringBuilder text = new StringBuilder();
		for (Row row : sections()) {
			text.append("Section ")
				.append(row.result().sectionNumber())
				.append(", ")
				.append(row.result().title())
				.append(": ")
				.append(row.result().total())
				.append(" out of ")
				.append(row.result().maximum())
				.append(", ")
				.append(row.band().name().toLowerCase(Locale.UK).replace('_', ' '))
				.append(". ");
		}
		return text.toString().strip();
	}

	static final int PROFILE_LEFT = 40;

	static final int PROFILE_STEP = 16;

	static final int PROFILE_UNIT = 30;

	static final int PROFILE_BASE = 140;

	public record ProfilePoint(String number, int x, int y, int height, boolean scored, String fill) {
	}

	public record SectionMark(int number, int x, int labelX) {
	}

	public List<ProfilePoint> profile() {
		List<ProfilePoint> points = new ArrayList<>();
		int index = 0;
		for (FrameworkStatement statement : this.scores.framework().statements()) {
			int x = PROFILE_LEFT + index * PROFILE_STEP + (statement.sectionNumber() - 1) * 6;
			var score = this.scores.scoreFor(statement.number());
			int value = score.orElse(0);
			int height = Math.max(value * PROFILE_UNIT, 2);
			points.add(new ProfilePoint(statement.number(), x, PROFILE_BASE - height, height, score.isPresent(), fill(
					score.isPresent() ? this.bands.bandFor(value, AuditFramework.HIGHEST_SCORE) : RagBand.NOT_SCORED)));
			index++;
		}
		return points;
	}

	public List<SectionMark> profileSections() {
		List<SectionMark> marks = new ArrayList<>();
		for (FrameworkSection section : this.scores.framework().sections()) {
			int first = (section.number() - 1) * AuditFramework.STATEMENTS_PER_SECTION;
			int x = PROFILE_LEFT + first * PROFILE_STEP + (section.number() - 1) * 6;
			marks.add(
					new SectionMark(section.number(), x, x + AuditFramework.STATEMENTS_PER_SECTION * PROFILE_STEP / 2));
		}
		return marks;
	}

	public List<Gridline> profileGridlines() {
		List<Gridline> lines = new ArrayList<>();
		for (int score = 0; score <= AuditFramework.HIGHEST_SCORE; score++) {
			lines.add(new Gridline(PROFILE_BASE - score * PROFILE_UNIT, Integer.toString(score)));
		}
		return lines;
	}

	public int profileWidth() {
		return PROFILE_LEFT + AuditFramework.SECTION_COUNT * AuditFramework.STATEMENTS_PER_SECTION * PROFILE_STEP
				+ AuditFramework.SECTION_COUNT * 6 + 10;
	}

	public int profileBase() {
		return PROFILE_BASE;
	}

	public String profileDescription() {
		StringBuilder text = new StringBuilder();
		for (FrameworkStatement statement : this.scores.framework().statements()) {
			var score = this.scores.scoreFor(statement.number());
			text.append(statement.number())
				.append(": ")
				.append(score.isPresent() ? Integer.toString(score.getAsInt()) : "not scored")
				.append(". ");
		}
		return text.toString().strip();
	}

	// colours of the GOV.UK palette; the band is always written in words as well
	static String fill(RagBand band) {
		return switch (band) {
			case RED -> "#d4351c";
			case AMBER -> "#f47738";
			case GREEN -> "#00703c";
			case NOT_SCORED -> "#b1b4b6";
		};
	}

	static String percent(double percent) {
		return String.format(Locale.UK, "%.0f%%", percent);
	}

}
