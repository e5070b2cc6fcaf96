package org.onlinelives.survey.imports;

import java.util.List;

/**
 * What an import did: rows read, imported and rejected, and every rejected row's
 * problems. When {@code failed}, nothing was written.
 */
public record ImportReport(int read, int imported, int rejected, List<RowProblem> problems, boolean failed) {

	public ImportReport {
		problems = List.copyOf(problems);
	}

}
