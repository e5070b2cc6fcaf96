package org.onlinelives.survey.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a CSV or XLSX file into an {@link ImportTable}, refusing what cannot be imported
 * with a message key: not CSV or XLSX, too big, no header, no rows, too many rows. Plain
 * Java, so it is tested without Spring.
 */
public final class ImportFiles {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	public static final int MAX_ROWS = 200_000;

	private ImportFiles() {
	}

	public static ImportTable read(String fileName, long size, InputStream content) {
		String name = (fileName != null) ? fileName.strip() : "";
		if (size <= 0) {
			throw new ImportFileException("survey.import.file.empty");
		}
		if (size > MAX_BYTES) {
			throw new ImportFileException("survey.import.file.tooBig");
		}
		String lower = name.toLowerCase(Locale.ROOT);
		List<List<String>> lines;
		try {
			if (lower.endsWith(".csv")) {
				lines = csv(content);
			}
			else if (lower.endsWith(".xlsx")) {
				lines = xlsx(content);
			}
			else {
				throw new ImportFileException("survey.import.file.type");
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportFileException known) {
				throw known;
			}
			throw new ImportFileException("survey.import.file.unreadable");
		}
		return table(name, lines);
	}

	private static ImportTable table(String name, List<List<String>> lines) {
		if (lines.isEmpty() || lines.get(0).stream().allMatch(String::isBlank)) {
			throw new ImportFileException("survey.import.file.noHeader");
		}
		List<String> header = lines.get(0).stream().map(String::strip).toList();
		List<List<String>> rows = new ArrayList<>(lines.subList(1, lines.size()));
		// trailing blank lines are not rows
		while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isBlank)) {
			rows.remove(rows.size() - 1);
		}
		if (rows.isEmpty()) {
			throw new ImportFileException("survey.import.file.noRows");
		}
		return new ImportTable(name, header, rows);
	}

	private static List<List<String>> csv(InputStream content) throws IOException {
		List<List<String>> lines = new ArrayList<>();
		Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				tooMany(lines.size());
				List<String> cells = new ArrayList<>(record.size());
				record.forEach((cell) -> cells.add(cell == null ? "" : cell));
				lines.add(cells);
			}
		}
		if (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).get(0).startsWith("\uFEFF")) {
			lines.get(0).set(0, lines.get(0).get(0).substring(1));
		}
		return lines;
	}

	private static List<List<String>> xlsx(InputStream content) throws IOException {
		List<List<String>> lines = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.UK);
		try (Workbook workbook = new XSSFWorkbook(content)) {
			if (workbook.getNumberOfSheets() == 0) {
				return lines;
			}
			Sheet sheet = workbook.getSheetAt(0);
			int width = 0;
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				tooMany(lines.size());
				Row row = sheet.getRow(r);
				if (r == 0 && row != null) {
					width = Math.max(row.getLastCellNum(), 0);
				}
				List<String> cells = new ArrayList<>(width);
				for (int c = 0; c < width; c++) {
					Cell cell = (row != null) ? row.getCell(c) : null;
					cells.add((cell != null) ? formatter.formatCellValue(cell) : "");
				}
				lines.add(cells);
			}
		}
		return lines;
	}

	private static void tooMany(int linesSoFar) {
		// the header plus MAX_ROWS rows
		if (linesSoFar > MAX_ROWS) {
			throw new ImportFileException("survey.import.file.tooManyRows", MAX_ROWS);
		}
	}

}
