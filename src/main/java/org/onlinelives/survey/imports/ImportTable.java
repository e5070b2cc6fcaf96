package org.onlinelives.survey.imports;

import java.util.List;

/**
 * An uploaded file read into memory: its header and its data rows, every cell as text
 * (blank cells as empty strings). Row numbers shown to people count the header as row 1.
 */
public record ImportTable(String fileName, List<String> header, List<List<String>> rows) {

	public ImportTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/** The number a spreadsheet shows for a data row (the header is row 1). */
	public static int rowNumber(int index) {
		return index + 2;
	}

}
