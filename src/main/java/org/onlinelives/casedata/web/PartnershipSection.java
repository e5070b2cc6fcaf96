package org.onlinelives.casedata.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.casedata.figures.BarChart;
import org.onlinelives.casedata.figures.PartnershipTable;
import org.onlinelives.platform.disclosure.ProtectedCell;

/**
 * A partnership breakdown as shown: a chart of the partnership totals by category and a
 * table of agencies by category, every figure already through disclosure control.
 *
 * @param table the protected figures
 * @param chart the chart of the column totals (withheld ones drawn without a bar)
 */
record PartnershipSection(PartnershipTable table, BarChart chart) {

	static PartnershipSection of(PartnershipTable table, String withheld) {
		if (table.isEmpty()) {
			return new PartnershipSection(table, null);
		}
		List<String> labels = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (int i = 0; i < table.categories().size(); i++) {
			labels.add(table.categories().get(i).label());
			ProtectedCell total = table.table().columnTotals().get(i);
			values.add(total.value());
		}
		return new PartnershipSection(table, BarChart.of(labels, values, withheld));
	}

	public String id() {
		return "by-" + this.table.breakdown().slug();
	}

}
