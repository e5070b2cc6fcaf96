package org.onlinelives.platform.disclosure;

import java.util.List;

/**
 * A two-way table of counts after disclosure control, with its row, column and grand
 * totals (totals are of the true counts, protected like any other figure).
 *
 * @param cells rows of cells
 * @param rowTotals one per row
 * @param columnTotals one per column
 * @param grandTotal the total of every cell
 * @param policy the policy applied
 */
public record ProtectedTable(List<List<ProtectedCell>> cells, List<ProtectedCell> rowTotals,
		List<ProtectedCell> columnTotals, ProtectedCell grandTotal, DisclosurePolicy policy) {

	public ProtectedTable {
		cells = cells.stream().map(List::copyOf).toList();
		rowTotals = List.copyOf(rowTotals);
		columnTotals = List.copyOf(columnTotals);
	}

	public ProtectedCell cell(int row, int column) {
		return this.cells.get(row).get(column);
	}

	/**
	 * A figure of the table with its totals: row {@link #rows()} holds the column totals,
	 * column {@link #columns()} the row totals, and both together the grand total.
	 */
	public ProtectedCell figure(int row, int column) {
		if (row == rows()) {
			return (column == columns()) ? this.grandTotal : this.columnTotals.get(column);
		}
		return (column == columns()) ? this.rowTotals.get(row) : cell(row, column);
	}

	public int rows() {
		return this.cells.size();
	}

	public int columns() {
		return this.columnTotals.size();
	}

	/** Whether any figure, total or cell, is withheld. */
	public boolean anySuppressed() {
		return this.grandTotal.suppressed() || this.rowTotals.stream().anyMatch(ProtectedCell::suppressed)
				|| this.columnTotals.stream().anyMatch(ProtectedCell::suppressed)
				|| this.cells.stream().flatMap(List::stream).anyMatch(ProtectedCell::suppressed);
	}

}
