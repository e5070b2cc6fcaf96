package org.onlinelives.casedata.figures;

import java.util.List;

import org.onlinelives.platform.disclosure.ProtectedTable;

/**
 * Partnership figures after disclosure control: agencies as rows, categories as columns.
 *
 * @param breakdown what the columns are
 * @param agencies agency names, in row order
 * @param categories the columns
 * @param table the protected counts, or null when there is nothing to count
 */
public record PartnershipTable(Breakdown breakdown, List<String> agencies, List<Category> categories,
		ProtectedTable table) {

	public boolean isEmpty() {
		return this.table == null;
	}

}
