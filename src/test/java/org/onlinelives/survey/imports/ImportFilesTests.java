package org.onlinelives.survey.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFilesTests {

	@Test
	void readsACsvWithItsHeaderAndRows() {
		ImportTable table = read("answers.csv", "\uFEFFAGE,GROUPS\n13,\"YOUNG_CARER;VISION\"\n14,\n\n");
		assertThat(table.header()).containsExactly("AGE", "GROUPS");
		assertThat(table.rows()).containsExactly(List.of("13", "YOUNG_CARER;VISION"), List.of("14", ""));
	}

	@Test
	void readsTheFirstSheetOfAnXlsx() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("AGE");
			header.createCell(1).setCellValue("S_CYBERBULLIED");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(13);
			row.createCell(1).setCellValue("YES");
			workbook.write(bytes);
		}
		ImportTable table = ImportFiles.read("answers.XLSX", bytes.size(),
				new ByteArrayInputStream(bytes.toByteArray()));
		assertThat(table.header()).containsExactly("AGE", "S_CYBERBULLIED");
		assertThat(table.rows()).containsExactly(List.of("13", "YES"));
	}

	@Test
	void refusesWhatCannotBeImported() {
		assertRefused("answers.pdf", "AGE\n13\n", "survey.import.file.type");
		assertRefused("answers.csv", "", "survey.import.file.empty");
		assertRefused("answers.csv", " , \n13,14\n", "survey.import.file.noHeader");
		assertRefused("answers.csv", "AGE,GENDER\n\n", "survey.import.file.noRows");
		assertRefused("answers.xlsx", "AGE\n13\n", "survey.import.file.unreadable");
	}

	@Test
	void refusesFilesOverTheSizeAndRowLimits() {
		assertThatThrownBy(
				() -> ImportFiles.read("big.csv", ImportFiles.MAX_BYTES + 1, new ByteArrayInputStream(new byte[0])))
			.isInstanceOf(ImportFileException.class)
			.hasMessage("survey.import.file.tooBig");
		String allowed = "AGE\n" + "13\n".repeat(ImportFiles.MAX_ROWS);
		assertThat(read("many.csv", allowed).rows()).hasSize(ImportFiles.MAX_ROWS);
		assertRefused("many.csv", allowed + "14\n", "survey.import.file.tooManyRows");
	}

	private static void assertRefused(String name, String content, String key) {
		assertThatThrownBy(() -> read(name, content)).isInstanceOf(ImportFileException.class).hasMessage(key);
	}

	private static ImportTable read(String name, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		return ImportFiles.read(name, bytes.length, new ByteArrayInputStream(bytes));
	}

}
