package org.onlinelives.platform.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Protects a two-way table of counts and its totals before it leaves the database query.
 * <ol>
 * <li>Primary suppression: every non-zero count below the threshold, totals included, and
 * any cell the caller asks to withhold.</li>
 * <li>Secondary suppression: the table with its totals is a set of linear equations (each
 * row and column adds up to its total). Treating rows and columns as the nodes of a graph
 * and suppressed figures as its edges, a suppressed figure can be worked out from the
 * others exactly when its edge lies on no cycle (it is a bridge). While any bridge
 * remains, the cheapest path of further figures that closes a cycle through it is
 * suppressed too, preferring small non-zero cells inside the table over zeros and
 * totals.</li>
 * <li>Optionally, every shown figure is rounded to the nearest 5.</li>
 * </ol>
 * Plain Java, no Spring: any module that publishes counts can use it.
 */
public final class DisclosureControl {

	private static final long ZERO_PENALTY = 1_000_000_000L;

	private static final long TOTAL_PENALTY = 1_000_000L;

	private DisclosureControl() {
	}

	/**
	 * Protects a table.
	 * @param counts rows of non-negative counts, every row the same length, at least one
	 * row and one column
	 */
	public static ProtectedTable protect(long[][] counts, DisclosurePolicy policy) {
		return protect(counts, policy, null, null, null);
	}

	/**
	 * Protects a table some of whose figures are already known to its readers from
	 * another release (another threshold's table, a return sent earlier): a known figure
	 * is never chosen for secondary suppression, because withholding it here would
	 * protect nothing, and a cycle through it would leave the figure it was meant to hide
	 * alone. If known figures leave no way to close a cycle, every figure that is not
	 * known is withheld.
	 * @param counts rows of non-negative counts, every row the same length, at least one
	 * row and one column
	 * @param known the extended table's known figures (row {@code counts.length} the
	 * column totals, column {@code counts[0].length} the row totals), or null for none
	 */
	public static ProtectedTable protect(long[][] counts, DisclosurePolicy policy, boolean[][] known) {
		return protect(counts, policy, known, null, null);
	}

	/**
	 * Protects a table in which some cells must be withheld whatever their size (for
	 * example a share whose base is too small to show), and protected like small ones. A
	 * zero among them is not withheld: it points to nobody, and a withheld zero can be
	 * pinned down by every other figure being non-negative.
	 * @param counts rows of non-negative counts, every row the same length, at least one
	 * row and one column
	 * @param withheld the same shape as the counts: true for a cell to withhold; null for
	 * none
	 */
	public static ProtectedTable protect(long[][] counts, boolean[][] withheld, DisclosurePolicy policy) {
		return protect(counts, policy, null, withheld, null);
	}

	/**
	 * The one way through: {@code withheld} cells count as small, {@code withheldBefore}
	 * figures (extended shape, zeros included) start withheld, {@code known} figures are
	 * never withheld to protect another.
	 */
	private static ProtectedTable protect(long[][] counts, DisclosurePolicy policy, boolean[][] known,
			boolean[][] withheld, boolean[][] withheldBefore) {
		int rows = counts.length;
		if (rows == 0 || counts[0].length == 0) {
			throw new IllegalArgumentException("A table needs at least one row and one column");
		}
		int columns = counts[0].length;
		if (withheld != null && (withheld.length != rows
				|| java.util.Arrays.stream(withheld).anyMatch((row) -> row.length != columns))) {
			throw new IllegalArgumentException("Cells to withhold need the shape of the counts");
		}
		// the extended table: row index `rows` holds the column totals, column index
		// `columns` the row totals, and [rows][columns] the grand total
		long[][] value = new long[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			if (counts[r].length != columns) {
				throw new IllegalArgumentException("Every row needs " + columns + " columns");
			}
			for (int c = 0; c < columns; c++) {
				if (counts[r][c] < 0) {
					throw new IllegalArgumentException("Counts cannot be negative");
				}
				value[r][c] = counts[r][c];
				value[r][columns] += counts[r][c];
				value[rows][c] += counts[r][c];
				value[rows][columns] += counts[r][c];
			}
		}
		boolean[][] primary = new boolean[rows + 1][columns + 1];
		boolean[][] suppressed = new boolean[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				primary[r][c] = (value[r][c] > 0 && value[r][c] < policy.threshold())
						|| (withheld != null && r < rows && c < columns && withheld[r][c] && value[r][c] > 0);
				suppressed[r][c] = primary[r][c] || (withheldBefore != null && withheldBefore[r][c]);
			}
		}
		boolean[][] fixed = (known != null) ? known : new boolean[rows + 1][columns + 1];
		if (fixed.length != rows + 1 || fixed[0].length != columns + 1) {
			throw new IllegalArgumentException("Known figures need the table's shape with its totals");
		}
		int[] bridge;
		while ((bridge = findBridge(suppressed)) != null) {
			if (!closeCycle(value, suppressed, fixed, bridge[0], bridge[1], rows, columns)) {
				withholdAllBut(fixed, suppressed);
				break;
			}
		}
		return table(value, primary, suppressed, policy, rows, columns);
	}

	/** Protects a one-way breakdown: the counts as a single column with their total. */
	public static ProtectedTable protectOneWay(long[] counts, DisclosurePolicy policy) {
		return protectOneWay(counts, policy, new boolean[counts.length + 1]);
	}

	/**
	 * Protects a one-way breakdown that corrects an earlier release of the same figures:
	 * what the earlier release withheld stays withheld, so comparing the two cannot give
	 * away a figure the earlier one hid.
	 * @param withheldBefore one flag per count, then one for the total
	 */
	public static ProtectedTable protectOneWay(long[] counts, DisclosurePolicy policy, boolean[] withheldBefore) {
		if (withheldBefore.length != counts.length + 1) {
			throw new IllegalArgumentException("One flag per count and one for the total");
		}
		long[][] column = new long[counts.length][1];
		boolean[][] before = new boolean[counts.length + 1][2];
		for (int i = 0; i < counts.length; i++) {
			column[i][0] = counts[i];
			// a single column's cell is also its row's total
			before[i][0] = withheldBefore[i];
			before[i][1] = withheldBefore[i];
		}
		before[counts.length][0] = withheldBefore[counts.length];
		before[counts.length][1] = withheldBefore[counts.length];
		return protect(column, policy, null, null, before);
	}

	/** Rounds to the nearest 5, halves upwards; 1 and 2 become 0. */
	public static long roundToFive(long value) {
		return ((value + 2) / 5) * 5;
	}

	/**
	 * A suppressed figure whose edge is a bridge of the graph of suppressed figures, as
	 * {row, column} of the extended table, or null if there is none.
	 */
	static int[] findBridge(boolean[][] suppressed) {
		int rows = suppressed.length;
		int columns = suppressed[0].length;
		int nodes = rows + columns;
		int[] order = new int[nodes];
		int[] low = new int[nodes];
		Arrays.fill(order, -1);
		int[] counter = { 0 };
		for (int start = 0; start < nodes; start++) {
			if (order[start] == -1) {
				int[] found = bridgeFrom(start, -1, suppressed, order, low, counter);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	// Tarjan's bridge search; tables are small, so recursion depth is at most rows +
	// columns
	private static int[] bridgeFrom(int node, int parentEdge, boolean[][] suppressed, int[] order, int[] low,
			int[] counter) {
		int rows = suppressed.length;
		order[node] = counter[0];
		low[node] = counter[0];
		counter[0]++;
		for (int next : neighbours(node, suppressed)) {
			int edge = edgeId(node, next, rows, suppressed[0].length);
			if (edge == parentEdge) {
				continue;
			}
			if (order[next] == -1) {
				int[] found = bridgeFrom(next, edge, suppressed, order, low, counter);
				if (found != null) {
					return found;
				}
				low[node] = Math.min(low[node], low[next]);
				if (low[next] > order[node]) {
					return cellOf(node, next, rows);
				}
			}
			else {
				low[node] = Math.min(low[node], order[next]);
			}
		}
		return null;
	}

	private static List<Integer> neighbours(int node, boolean[][] suppressed) {
		int rows = suppressed.length;
		int columns = suppressed[0].length;
		List<Integer> result = new ArrayList<>();
		if (node < rows) {
			for (int c = 0; c < columns; c++) {
				if (suppressed[node][c]) {
					result.add(rows + c);
				}
			}
		}
		else {
			int c = node - rows;
			for (int r = 0; r < rows; r++) {
				if (suppressed[r][c]) {
					result.add(r);
				}
			}
		}
		return result;
	}

	private static int edgeId(int a, int b, int rows, int columns) {
		int[] cell = cellOf(a, b, rows);
		return cell[0] * columns + cell[1];
	}

	private static int[] cellOf(int a, int b, int rows) {
		return (a < rows) ? new int[] { a, b - rows } : new int[] { b, a - rows };
	}

	private static void withholdAllBut(boolean[][] known, boolean[][] suppressed) {
		for (int r = 0; r < suppressed.length; r++) {
			for (int c = 0; c < suppressed[r].length; c++) {
				suppressed[r][c] = suppressed[r][c] || !known[r][c];
			}
		}
	}

	/**
	 * Suppresses the cheapest path from the bridge's row to its column that avoids the
	 * bridge itself and every known figure, so the bridge lies on a cycle.
	 * @return false if no such path exists
	 */
	private static boolean closeCycle(long[][] value, boolean[][] suppressed, boolean[][] known, int bridgeRow,
			int bridgeColumn, int rows, int columns) {
		int extendedRows = rows + 1;
		int nodes = extendedRows + columns + 1;
		long[] distance = new long[nodes];
		int[] previous = new int[nodes];
		boolean[] done = new boolean[nodes];
		Arrays.fill(distance, Long.MAX_VALUE);
		Arrays.fill(previous, -1);
		distance[bridgeRow] = 0;
		int target = extendedRows + bridgeColumn;
		for (int step = 0; step < nodes; step++) {
			int node = -1;
			for (int candidate = 0; candidate < nodes; candidate++) {
				if (!done[candidate] && distance[candidate] != Long.MAX_VALUE
						&& (node == -1 || distance[candidate] < distance[node])) {
					node = candidate;
				}
			}
			if (node == -1 || node == target) {
				break;
			}
			done[node] = true;
			boolean isRow = node < extendedRows;
			int others = isRow ? columns + 1 : extendedRows;
			for (int other = 0; other < others; other++) {
				int r = isRow ? node : other;
				int c = isRow ? other : node - extendedRows;
				if ((r == bridgeRow && c == bridgeColumn) || (known[r][c] && !suppressed[r][c])) {
					continue;
				}
				int next = isRow ? extendedRows + other : other;
				long cost = suppressed[r][c] ? 0 : cost(value[r][c], r == rows || c == columns);
				if (distance[node] + cost < distance[next]) {
					distance[next] = distance[node] + cost;
					previous[next] = node;
				}
			}
		}
		if (previous[target] == -1) {
			return false;
		}
		for (int node = target; previous[node] != -1; node = previous[node]) {
			int[] cell = cellOf(previous[node], node, extendedRows);
			suppressed[cell[0]][cell[1]] = true;
		}
		return true;
	}

	private static long cost(long value, boolean total) {
		// small cells lose least information; zeros and totals only when nothing else
		// closes the cycle
		return 1 + value + ((value == 0) ? ZERO_PENALTY : 0) + (total ? TOTAL_PENALTY : 0);
	}

	private static ProtectedTable table(long[][] value, boolean[][] primary, boolean[][] suppressed,
			DisclosurePolicy policy, int rows, int columns) {
		List<List<ProtectedCell>> cells = new ArrayList<>();
		List<ProtectedCell> rowTotals = new ArrayList<>();
		List<ProtectedCell> columnTotals = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			List<ProtectedCell> row = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				row.add(cell(value[r][c], primary[r][c], suppressed[r][c], policy));
			}
			cells.add(row);
			rowTotals.add(cell(value[r][columns], primary[r][columns], suppressed[r][columns], policy));
		}
		for (int c = 0; c < columns; c++) {
			columnTotals.add(cell(value[rows][c], primary[rows][c], suppressed[rows][c], policy));
		}
		return new ProtectedTable(cells, rowTotals, columnTotals,
				cell(value[rows][columns], primary[rows][columns], suppressed[rows][columns], policy), policy);
	}

	private static ProtectedCell cell(long value, boolean primary, boolean suppressed, DisclosurePolicy policy) {
		if (suppressed) {
			return ProtectedCell.withheld(primary);
		}
		return ProtectedCell.shown(policy.roundToFive() ? roundToFive(value) : value);
	}

}
