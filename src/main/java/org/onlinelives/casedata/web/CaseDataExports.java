package org.onlinelives.casedata.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.onlinelives.platform.web.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Rows of figures as CSV and as a spreadsheet. Numbers stay numbers; text that a
 * spreadsheet would run as a formula is quoted.
 */
final class CaseDataExports {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private CaseDataExports() {
	}

	static byte[] csv(List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT)) {
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] xlsx(String sheetName, List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			int r = 0;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(c).setCellValue(String.valueOf(SpreadsheetCells.safe(value)));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
