package org.onlinelives.survey.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Coordinates for a horizontal bar chart drawn as SVG by the template: one row per label,
 * with one or two bars (a group and everyone else). Suppressed figures get no bar and say
 * so in words; the table after the chart carries every number.
 */
record BarChart(String title, String description, int width, int height, int labelWidth, List<Row> rows,
		List<Gridline> gridlines) {

	static final int WIDTH = 720;

	static final int LABEL_WIDTH = 300;

	static final int BAR_SPACE = WIDTH - LABEL_WIDTH - 50;

	static final int BAR_HEIGHT = 14;

	/** A value in per cent, or null when suppressed. */
	record Value(Double percent, String text, String fill) {
	}

	record Bar(int y, int width, String fill, int textX, int textY, String text) {
	}

	record Row(String label, int labelY, List<Bar> bars) {
	}

	record Gridline(int x, String label) {
	}

	static BarChart of(String title, String description, List<String> labels, List<List<Value>> values) {
		List<Row> rows = new ArrayList<>();
		int y = 10;
		for (int i = 0; i < labels.size(); i++) {
			List<Bar> bars = new ArrayList<>();
			int top = y;
			for (Value value : values.get(i)) {
				int width = (value.percent() == null) ? 0
						: (int) Math.round(BAR_SPACE * Math.min(100, value.percent()) / 100.0);
				bars.add(new Bar(y, width, value.fill(), LABEL_WIDTH + width + 4, y + BAR_HEIGHT - 3, value.text()));
				y += BAR_HEIGHT + 2;
			}
			rows.add(new Row(labels.get(i), top + (y - top) / 2 + 4, bars));
			y += 10;
		}
		List<Gridline> gridlines = new ArrayList<>();
		for (int percent = 0; percent <= 100; percent += 25) {
			gridlines.add(new Gridline(LABEL_WIDTH + BAR_SPACE * percent / 100, percent + "%"));
		}
		return new BarChart(title, description, WIDTH, y + 24, LABEL_WIDTH, rows, gridlines);
	}

	public int gridBottom() {
		return this.height - 20;
	}

}
