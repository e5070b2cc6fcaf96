package org.onlinelives.selfaudit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.selfaudit.results.PartnershipResults;
import org.onlinelives.selfaudit.scoring.RagBand;
import org.onlinelives.selfaudit.results.PartnershipResults.AgencyRow;
import org.onlinelives.selfaudit.results.PartnershipResults.Cell;
import org.onlinelives.platform.web.SpreadsheetCells;

/**
 * A cycle's partnership results as CSV and as a spreadsheet: one row per agency that has
 * submitted, with section totals out of 24 and the overall total out of 144, then the
 * partnership averages (blank where fewer than three agencies contribute).
 */
final class ResultsExports {

	private ResultsExports() {
	}

	static List<List<Object>> rows(String cycleName, PartnershipResults results) {
		List<List<Object>> rows = new ArrayList<>();
		List<Object> header = new ArrayList<>(List.of("Cycle", "Agency"));
		for (FrameworkSection section : results.framework().sections()) {
			header.add("Section " + section.number() + ": " + section.title() + " (out of 24)");
		}
		header.add("Overall (out of 144)");
		header.add("Overall rating");
		rows.add(header);
		for (AgencyRow agency : results.rows()) {
			List<Object> row = new ArrayList<>(List.of(cycleName, agency.agencyName()));
			for (Cell cell : agency.sections()) {
				row.add(cell.result().total());
			}
			row.add(agency.overall().result().total());
			row.add(bandInWords(agency.overall().band()));
			rows.add(row);
		}
		List<Object> averages = new ArrayList<>(List.of(cycleName, "Partnership average"));
		for (String average : results.sectionAverageTexts()) {
			averages.add((average != null) ? average : "");
		}
		averages.add((results.overallAverageText() != null) ? results.overallAverageText() : "");
		averages.add("");
		rows.add(averages);
		return rows;
	}

	static byte[] csv(String cycleName, PartnershipResults results) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT)) {
			for (List<Object> row : rows(cycleName, results)) {
				printer.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] xlsx(String cycleName, PartnershipResults results) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Self-audit results");
			int r = 0;
			for (List<Object> values : rows(cycleName, results)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Integer number) {
						row.createCell(c).setCellValue(number);
					}
					else {
						row.createCell(c).setCellValue(String.valueOf(value));
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

	/** The rating as people read it, never the code. */
	static String bandInWords(RagBand band) {
		return switch (band) {
			case RED -> "Red";
			case AMBER -> "Amber";
			case GREEN -> "Green";
			case NOT_SCORED -> "Not scored";
		};
	}

	/**
	 * A download's file name from the cycle's name: "Self-audit 2026 to 2027" gives
	 * {@code self-audit-results-self-audit-2026-to-2027.csv}.
	 */
	static String fileName(String cycleName, String extension) {
		String slug = slug(cycleName);
		return "self-audit-results" + (slug.isEmpty() ? "" : "-" + slug) + "." + extension;
	}

	/**
	 * A signed-off audit's PDF report, named by its agency and cycle: "Riverside Academy"
	 * in "Autumn 2026" gives {@code self-audit-riverside-academy-autumn-2026.pdf}.
	 */
	static String reportFileName(String agencyName, String cycleName) {
		String name = java.util.stream.Stream.of(slug(agencyName), slug(cycleName))
			.filter((part) -> !part.isEmpty())
			.collect(java.util.stream.Collectors.joining("-"));
		return "self-audit" + (name.isEmpty() ? "" : "-" + name) + ".pdf";
	}

	/**
	 * Letters and digits of a name, accents dropped, lower case, joined by hyphens; at
	 * most 80.
	 */
	private static String slug(String name) {
		if (name == null) {
			return "";
		}
		String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug;
	}

}
