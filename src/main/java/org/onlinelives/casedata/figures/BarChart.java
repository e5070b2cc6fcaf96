package org.onlinelives.casedata.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of an accessible horizontal bar chart: one bar per category, scaled to the
 * largest count. The same figures follow the chart as a table.
 *
 * @param bars the bars, top to bottom
 * @param height the height of the drawing
 * @param description the figures in words, for the chart's description
 */
public record BarChart(List<Bar> bars, int height, String description) {

	public static final int WIDTH = 640;

	public static final int LABEL_WIDTH = 220;

	static final int BAR_HEIGHT = 22;

	static final int GAP = 8;

	/**
	 * Draws counts; a null count (withheld) gets no bar and says so.
	 * @param withheld the words for a withheld count
	 */
	public static BarChart of(List<String> labels, List<Long> counts, String withheld) {
		long max = counts.stream().filter((c) -> c != null).mapToLong(Long::longValue).max().orElse(0);
		int plot = WIDTH - LABEL_WIDTH - 60;
		List<Bar> bars = new ArrayList<>();
		StringBuilder description = new StringBuilder();
		for (int i = 0; i < labels.size(); i++) {
			Long count = counts.get(i);
			int y = GAP + i * (BAR_HEIGHT + GAP);
			int width = (count == null || max == 0) ? 0 : (int) Math.max(1, Math.round(plot * count / (double) max));
			String text = (count != null) ? String.valueOf(count) : withheld;
			bars.add(new Bar(abbreviate(labels.get(i)), y, width, LABEL_WIDTH + width + 6, y + 16, text));
			description.append((i > 0) ? "; " : "").append(labels.get(i)).append(": ").append(text);
		}
		return new BarChart(bars, GAP + labels.size() * (BAR_HEIGHT + GAP) + GAP, description.toString());
	}

	private static String abbreviate(String label) {
		return (label.length() > 32) ? label.substring(0, 31) + "…" : label;
	}

	public int width() {
		return WIDTH;
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

	/**
	 * @param label the category, shortened to fit
	 * @param y top of the bar
	 * @param width length of the bar
	 * @param textX where the count is written
	 * @param textY baseline of the label and count
	 * @param valueText the count, or the words for a withheld one
	 */
	public record Bar(String label, int y, int width, int textX, int textY, String valueText) {
	}

}
