package org.onlinelives.survey.web;

import java.util.ArrayList;
import java.util.List;

import org.onlinelives.survey.imports.ColumnMapping;

/**
 * For each column of the file, the question code it answers; blank for "do not import".
 */
record ImportMappingForm(List<String> columns) {

	ImportMappingForm {
		columns = (columns != null) ? new ArrayList<>(columns) : new ArrayList<>();
	}

	static ImportMappingForm of(ColumnMapping mapping) {
		return new ImportMappingForm(mapping.questions().stream().map((code) -> (code != null) ? code : "").toList());
	}

	ColumnMapping mapping(int width) {
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			String code = (i < this.columns.size()) ? this.columns.get(i) : null;
			chosen.add((code == null || code.isBlank()) ? null : code.strip());
		}
		return new ColumnMapping(chosen);
	}

}
