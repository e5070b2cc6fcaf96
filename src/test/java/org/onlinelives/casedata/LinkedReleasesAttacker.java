package org.onlinelives.casedata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An adversary who holds several releases of the same counts at once (partnership tables
 * at two thresholds, every agency's returns) and tries to work out what they withhold.
 * Each figure is a named unknown; every release adds its additivity equations (the
 * categories add up to the total) and the figures it shows. A withheld figure is given
 * away when the equations determine it: its unit vector lies in their row space, found
 * here from one reduced row echelon form. Written independently of the disclosure control
 * it attacks.
 */
public final class LinkedReleasesAttacker {

	private final Map<String, Integer> index = new LinkedHashMap<>();

	private final Map<String, Long> truth = new HashMap<>();

	private final Map<String, Long> shown = new HashMap<>();

	private final List<Map<Integer, Double>> equations = new ArrayList<>();

	private final java.util.Set<String> derived = new java.util.HashSet<>();

	private int variable(String name) {
		return this.index.computeIfAbsent(name, (n) -> this.index.size());
	}

	/** A figure a release shows ({@code value}) or withholds (null). */
	public void figure(String name, long trueValue, Long value) {
		variable(name);
		Long before = this.truth.put(name, trueValue);
		if (before != null && before != trueValue) {
			throw new IllegalStateException(name + " has two true values: " + before + " and " + trueValue);
		}
		if (value != null) {
			if (value != trueValue) {
				throw new IllegalStateException(name + " is shown as " + value + " but is " + trueValue);
			}
			this.shown.put(name, value);
		}
	}

	/**
	 * A quantity no release shows but the equations may use, such as an agency's number
	 * of cases, which every single-valued breakdown adds up to.
	 */
	public void derived(String name, long trueValue) {
		variable(name);
		this.truth.put(name, trueValue);
		this.derived.add(name);
	}

	/** The parts add up to the whole. */
	public void sum(List<String> parts, String whole) {
		Map<Integer, Double> equation = new HashMap<>();
		for (String part : parts) {
			equation.merge(variable(part), 1.0, Double::sum);
		}
		equation.merge(variable(whole), -1.0, Double::sum);
		this.equations.add(equation);
	}

	/**
	 * Withheld figures with a non-zero true value that the releases together determine.
	 */
	public List<String> recovered() {
		List<String> unknowns = this.index.keySet().stream().filter((name) -> !this.shown.containsKey(name)).toList();
		Map<String, Integer> column = new HashMap<>();
		for (int i = 0; i < unknowns.size(); i++) {
			column.put(unknowns.get(i), i);
		}
		String[] names = this.index.keySet().toArray(String[]::new);
		int n = unknowns.size();
		List<double[]> rows = new ArrayList<>();
		for (Map<Integer, Double> equation : this.equations) {
			double[] row = new double[n];
			boolean any = false;
			for (Map.Entry<Integer, Double> term : equation.entrySet()) {
				Integer c = column.get(names[term.getKey()]);
				if (c != null) {
					row[c] += term.getValue();
					any = true;
				}
			}
			if (any) {
				rows.add(row);
			}
		}
		double[][] m = rows.toArray(double[][]::new);
		int[] pivotOfRow = reduce(m, n);
		List<String> found = new ArrayList<>();
		for (int r = 0; r < pivotOfRow.length; r++) {
			int pivot = pivotOfRow[r];
			if (pivot < 0) {
				continue;
			}
			boolean alone = true;
			for (int c = 0; c < n && alone; c++) {
				alone = c == pivot || Math.abs(m[r][c]) < 1e-9;
			}
			String name = unknowns.get(pivot);
			if (alone && this.truth.get(name) != 0 && !this.derived.contains(name)) {
				found.add(name);
			}
		}
		return found;
	}

	public int withheld() {
		return this.index.size() - this.shown.size() - this.derived.size();
	}

	/** Reduced row echelon form in place; the pivot column of each row, -1 if none. */
	private static int[] reduce(double[][] m, int n) {
		int[] pivots = new int[m.length];
		java.util.Arrays.fill(pivots, -1);
		int rank = 0;
		for (int c = 0; c < n && rank < m.length; c++) {
			int best = -1;
			for (int r = rank; r < m.length; r++) {
				if (Math.abs(m[r][c]) > 1e-9 && (best < 0 || Math.abs(m[r][c]) > Math.abs(m[best][c]))) {
					best = r;
				}
			}
			if (best < 0) {
				continue;
			}
			double[] swap = m[rank];
			m[rank] = m[best];
			m[best] = swap;
			double p = m[rank][c];
			for (int k = 0; k < n; k++) {
				m[rank][k] /= p;
			}
			for (int r = 0; r < m.length; r++) {
				if (r != rank && Math.abs(m[r][c]) > 1e-9) {
					double factor = m[r][c];
					for (int k = 0; k < n; k++) {
						m[r][k] -= factor * m[rank][k];
					}
				}
			}
			pivots[rank] = c;
			rank++;
		}
		return pivots;
	}

}
