package org.onlinelives.platform.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An adversary, written independently of {@link DisclosureControl}, who sees a protected
 * table (unrounded) and tries to recover each suppressed figure from what is shown:
 * <ul>
 * <li>row and column differences, repeated until nothing more comes out;</li>
 * <li>exact linear determination: a figure is determined when its unit vector lies in the
 * row space of the additivity equations (Gaussian elimination);</li>
 * <li>linear bounds: the smallest and largest value each suppressed figure can take with
 * every count non-negative (linear programming). Run whenever a suppressed figure is
 * zero; with every suppressed figure positive the true table is an interior point, so a
 * figure is pinned by the bounds exactly when it is linearly determined.</li>
 * </ul>
 */
final class SuppressionAttacker {

	private final int rows;

	private final int columns;

	/** The extended table's true values; the attacker reads only the shown ones. */
	private final long[][] truth;

	private final boolean[][] hidden;

	private final List<int[]> unknowns = new ArrayList<>();

	SuppressionAttacker(long[][] counts, ProtectedTable table) {
		this.rows = counts.length + 1;
		this.columns = counts[0].length + 1;
		this.truth = new long[this.rows][this.columns];
		this.hidden = new boolean[this.rows][this.columns];
		for (int r = 0; r < this.rows; r++) {
			for (int c = 0; c < this.columns; c++) {
				ProtectedCell cell = table.figure(r, c);
				this.hidden[r][c] = cell.suppressed();
				this.truth[r][c] = trueValue(counts, r, c);
				if (cell.suppressed()) {
					this.unknowns.add(new int[] { r, c });
				}
				else if (cell.value() != this.truth[r][c]) {
					throw new AssertionError("A shown figure differs from the truth without rounding");
				}
			}
		}
	}

	int suppressedCount() {
		return this.unknowns.size();
	}

	/** Suppressed figures the attacker recovered exactly, as {row, column}. */
	List<int[]> recovered(boolean alwaysBound) {
		List<int[]> result = new ArrayList<>(byDifferences());
		if (!result.isEmpty()) {
			return result;
		}
		result.addAll(byLinearAlgebra());
		if (!result.isEmpty()) {
			return result;
		}
		boolean anyZero = this.unknowns.stream().anyMatch((u) -> this.truth[u[0]][u[1]] == 0);
		if (anyZero || alwaysBound) {
			result.addAll(byBounds());
		}
		return result;
	}

	// each line of the extended table: cells minus its total is zero
	private List<int[][]> lines() {
		List<int[][]> lines = new ArrayList<>();
		for (int r = 0; r < this.rows; r++) {
			int[][] line = new int[this.columns][];
			for (int c = 0; c < this.columns; c++) {
				line[c] = new int[] { r, c };
			}
			lines.add(line);
		}
		for (int c = 0; c < this.columns; c++) {
			int[][] line = new int[this.rows][];
			for (int r = 0; r < this.rows; r++) {
				line[r] = new int[] { r, c };
			}
			lines.add(line);
		}
		return lines;
	}

	/** +1 for a cell, -1 for the line's total. */
	private int sign(int[] cell, int[][] line) {
		int[] last = line[line.length - 1];
		return (cell[0] == last[0] && cell[1] == last[1]) ? -1 : 1;
	}

	private List<int[]> byDifferences() {
		boolean[][] known = new boolean[this.rows][this.columns];
		long[][] worked = new long[this.rows][this.columns];
		for (int r = 0; r < this.rows; r++) {
			for (int c = 0; c < this.columns; c++) {
				known[r][c] = !this.hidden[r][c];
				worked[r][c] = known[r][c] ? this.truth[r][c] : 0;
			}
		}
		List<int[]> found = new ArrayList<>();
		boolean progress = true;
		while (progress) {
			progress = false;
			for (int[][] line : lines()) {
				int[] missing = null;
				int count = 0;
				long sum = 0;
				for (int[] cell : line) {
					if (known[cell[0]][cell[1]]) {
						sum += sign(cell, line) * worked[cell[0]][cell[1]];
					}
					else {
						missing = cell;
						count++;
					}
				}
				if (count == 1) {
					worked[missing[0]][missing[1]] = -sum * sign(missing, line);
					known[missing[0]][missing[1]] = true;
					found.add(missing);
					progress = true;
				}
			}
		}
		return found;
	}

	private List<int[]> byLinearAlgebra() {
		int n = this.unknowns.size();
		List<double[]> equations = new ArrayList<>();
		for (int[][] line : lines()) {
			double[] row = new double[n];
			boolean any = false;
			for (int[] cell : line) {
				int index = indexOf(cell);
				if (index >= 0) {
					row[index] = sign(cell, line);
					any = true;
				}
			}
			if (any) {
				equations.add(row);
			}
		}
		int rank = rank(equations, n);
		List<int[]> found = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			List<double[]> extended = new ArrayList<>(equations);
			double[] unit = new double[n];
			unit[k] = 1;
			extended.add(unit);
			if (rank(extended, n) == rank) {
				found.add(this.unknowns.get(k));
			}
		}
		return found;
	}

	private List<int[]> byBounds() {
		int n = this.unknowns.size();
		List<LinearConstraint> constraints = new ArrayList<>();
		for (int[][] line : lines()) {
			double[] coefficients = new double[n];
			boolean any = false;
			double constant = 0;
			for (int[] cell : line) {
				int index = indexOf(cell);
				if (index >= 0) {
					coefficients[index] = sign(cell, line);
					any = true;
				}
				else {
					constant += sign(cell, line) * this.truth[cell[0]][cell[1]];
				}
			}
			if (any) {
				constraints.add(new LinearConstraint(coefficients, Relationship.EQ, -constant));
			}
		}
		List<int[]> found = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			double[] objective = new double[n];
			objective[k] = 1;
			double min = optimise(objective, constraints, GoalType.MINIMIZE);
			double max = optimise(objective, constraints, GoalType.MAXIMIZE);
			if (max - min < 0.5) {
				found.add(this.unknowns.get(k));
			}
		}
		return found;
	}

	private static double optimise(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
		try {
			PointValuePair result = new SimplexSolver().optimize(new MaxIter(10_000),
					new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
					new NonNegativeConstraint(true));
			return result.getValue();
		}
		catch (UnboundedSolutionException ex) {
			return (goal == GoalType.MAXIMIZE) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
		}
	}

	private int indexOf(int[] cell) {
		for (int i = 0; i < this.unknowns.size(); i++) {
			if (this.unknowns.get(i)[0] == cell[0] && this.unknowns.get(i)[1] == cell[1]) {
				return i;
			}
		}
		return -1;
	}

	private static int rank(List<double[]> equations, int n) {
		double[][] m = equations.stream().map(double[]::clone).toArray(double[][]::new);
		int rank = 0;
		for (int column = 0; column < n && rank < m.length; column++) {
			int pivot = -1;
			for (int r = rank; r < m.length; r++) {
				if (Math.abs(m[r][column]) > 1e-9
						&& (pivot == -1 || Math.abs(m[r][column]) > Math.abs(m[pivot][column]))) {
					pivot = r;
				}
			}
			if (pivot == -1) {
				continue;
			}
			double[] swap = m[rank];
			m[rank] = m[pivot];
			m[pivot] = swap;
			for (int r = 0; r < m.length; r++) {
				if (r != rank && Math.abs(m[r][column]) > 1e-9) {
					double factor = m[r][column] / m[rank][column];
					for (int c = column; c < n; c++) {
						m[r][c] -= factor * m[rank][c];
					}
				}
			}
			rank++;
		}
		return rank;
	}

	private static long trueValue(long[][] counts, int r, int c) {
		int rows = counts.length;
		int columns = counts[0].length;
		long sum = 0;
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				if ((r == rows || r == i) && (c == columns || c == j)) {
					sum += counts[i][j];
				}
			}
		}
		return sum;
	}

}
