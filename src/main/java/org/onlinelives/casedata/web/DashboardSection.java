package org.onlinelives.casedata.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.casedata.figures.BarChart;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.Category;
import org.onlinelives.casedata.figures.Figures;

/**
 * One breakdown of an agency's own cases on the dashboard: a chart and the same figures
 * as a table.
 *
 * @param breakdown what is counted
 * @param chart the bar chart
 * @param rows category and count, in chart order
 */
record DashboardSection(Breakdown breakdown, BarChart chart, List<Row> rows) {

	static DashboardSection of(Figures figures, long agencyId, String withheld) {
		long[] counts = figures.countsOf(agencyId);
		List<Row> rows = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			Category category = figures.categories().get(i);
			rows.add(new Row(category.label(), counts[i]));
			labels.add(category.label());
			values.add(counts[i]);
		}
		return new DashboardSection(figures.breakdown(), BarChart.of(labels, values, withheld), rows);
	}

	public String id() {
		return "by-" + this.breakdown.slug();
	}

	record Row(String label, long count) {
	}

}
