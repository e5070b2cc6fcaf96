package org.onlinelives.casedata.figures;

import java.util.List;

import org.onlinelives.platform.disclosure.ProtectedTable;

/**
 * Partnership figures after disclosure control: agencies as rows, categories as columns.
 *
 * @param breakdown what the columns are
 * @param agencies row names, in row order: agencies with enough cases, then (if any) the
 * agencies with too few cases counted together
 * @param categories the columns
 * @param table the protected counts, or null when there is nothing to count
 * @param grouped how many agencies the "other agencies" row counts together (0 for no
 * such row)
 * @param leftOut how many agencies had too few cases even together, so are in no row and
 * no total
 * @param cases the cases the rows count (each once, whatever the breakdown): the total
 * every single-valued breakdown of the period shows
 */
public record PartnershipTable(Breakdown breakdown, List<String> agencies, List<Category> categories,
		ProtectedTable table, int grouped, int leftOut, long cases) {

	public boolean isEmpty() {
		return this.table == null;
	}

}
