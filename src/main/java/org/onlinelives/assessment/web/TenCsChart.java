package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.TenCEntry;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.RatingLevel;
import org.onlinelives.assessment.catalogue.TenC;

/**
 * The 10 Cs chart, drawn on the server as SVG: one bar per C, its length the rating (1
 * strong resilience … 5 high risk), with a mark at the previous version's rating. The
 * same figures go in a data table beside it, so nothing depends on seeing the chart.
 *
 * @param rows one per C, in catalogue order
 * @param levels the rating scale
 * @param previousNumber the earlier version compared with, or null
 * @param height the SVG's height
 */
public record TenCsChart(List<Row> rows, List<Level> levels, Integer previousNumber, int height) {

	static final int LABEL_WIDTH = 300;

	static final int STEP = 60;

	static final int ROW_HEIGHT = 30;

	static final int TOP = 30;

	static TenCsChart of(Catalogue catalogue, Assessment assessment, Assessment previous) {
		List<Row> rows = new ArrayList<>();
		int y = TOP;
		for (TenC tenC : catalogue.tenCs()) {
			Integer rating = rating(assessment, tenC.code());
			Integer before = (previous != null) ? rating(previous, tenC.code()) : null;
			String label = (rating != null) ? catalogue.ratingLevel(rating).map(RatingLevel::label).orElse("") : null;
			String change = change(rating, before);
			rows.add(new Row(tenC.code(), tenC.title(), rating, label, before, change, y,
					(rating != null) ? rating * STEP : 0, (before != null) ? LABEL_WIDTH + before * STEP : 0));
			y += ROW_HEIGHT;
		}
		List<Level> levels = catalogue.ratingScale()
			.stream()
			.map((level) -> new Level(level.level(), level.label(), LABEL_WIDTH + level.level() * STEP))
			.toList();
		return new TenCsChart(rows, levels, (previous != null) ? previous.getSequenceNumber() : null, y + ROW_HEIGHT);
	}

	public int barX() {
		return LABEL_WIDTH;
	}

	public int width() {
		return LABEL_WIDTH + (this.levels.size() + 1) * STEP;
	}

	/** A plain-English description of the chart for its desc element. */
	public String description() {
		StringBuilder text = new StringBuilder();
		for (Row row : this.rows) {
			text.append(row.title())
				.append(": ")
				.append((row.rating() != null) ? row.rating() + " " + row.label() : "not rated");
			if (row.change() != null) {
				text.append(" (").append(row.change()).append(")");
			}
			text.append(". ");
		}
		return text.toString().strip();
	}

	private static Integer rating(Assessment assessment, String code) {
		TenCEntry entry = assessment.tenC(code);
		return (entry != null) ? entry.rating() : null;
	}

	private static String change(Integer now, Integer before) {
		if (now == null || before == null) {
			return null;
		}
		if (now > before) {
			return "up from " + before + ": more risk";
		}
		if (now < before) {
			return "down from " + before + ": more resilience";
		}
		return "no change";
	}

	public record Row(String code, String title, Integer rating, String label, Integer previous, String change, int y,
			int barWidth, int previousX) {

	}

	public record Level(int level, String label, int x) {

	}

}
