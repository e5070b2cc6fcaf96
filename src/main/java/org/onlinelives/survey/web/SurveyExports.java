package org.onlinelives.survey.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.survey.analysis.GroupComparison;
import org.onlinelives.survey.analysis.ScenarioResult;
import org.onlinelives.survey.analysis.Share;
import org.onlinelives.survey.analysis.SurveyAnalysis.Results;

import org.springframework.stereotype.Component;

/**
 * The survey figures as CSV, XLSX (the same rows) and a printable PDF report. Suppressed
 * figures are written as "suppressed", never as numbers.
 */
@Component
class SurveyExports {

	static final List<String> HEADER = List.of("scenario", "c", "question", "group", "group_yes", "group_answered",
			"group_percent", "others_yes", "others_answered", "others_percent", "relative_risk", "ci_lower", "ci_upper",
			"significant");

	private static final String SUPPRESSED = "suppressed";

	private final PdfRenderer pdf;

	SurveyExports(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	static List<List<String>> rows(Results results) {
		List<List<String>> rows = new ArrayList<>();
		for (ScenarioResult scenario : results.scenarios()) {
			String code = scenario.code();
			String c = scenario.question().scenario().c().name();
			String text = scenario.question().text();
			Share overall = scenario.overall();
			rows.add(List.of(code, c, text, "ALL", count(overall), base(overall), percent(overall), "", "", "", "", "",
					"", ""));
			for (GroupComparison comparison : scenario.groups()) {
				boolean shown = comparison.shown();
				boolean risk = comparison.risk() != null;
				rows.add(List.of(code, c, text, comparison.group(), shown ? count(comparison.inGroup()) : SUPPRESSED,
						shown ? base(comparison.inGroup()) : SUPPRESSED,
						shown ? percent(comparison.inGroup()) : SUPPRESSED,
						shown ? count(comparison.others()) : SUPPRESSED, shown ? base(comparison.others()) : SUPPRESSED,
						shown ? percent(comparison.others()) : SUPPRESSED,
						risk ? decimal(comparison.risk().estimate()) : "",
						risk ? decimal(comparison.risk().lower()) : "", risk ? decimal(comparison.risk().upper()) : "",
						comparison.significant() ? "yes" : "no"));
			}
		}
		return rows;
	}

	static byte[] csv(Results results) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(HEADER);
			for (List<String> row : rows(results)) {
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(Results results) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Results");
			int r = 0;
			write(sheet.createRow(r++), HEADER);
			for (List<String> row : rows(results)) {
				write(sheet.createRow(r++), row);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			// numbers go in as numbers so a spreadsheet can work with them
			if (!value.isEmpty() && value.matches("-?[0-9]+(\\.[0-9]+)?")) {
				row.createCell(i).setCellValue(Double.parseDouble(value));
			}
			else {
				row.createCell(i).setCellValue(value);
			}
		}
	}

	byte[] pdf(Map<String, Object> model) {
		return this.pdf.render("survey/report-pdf", model, Locale.UK);
	}

	private static String count(Share share) {
		return share.shown() ? String.valueOf(share.count()) : SUPPRESSED;
	}

	private static String base(Share share) {
		return share.shown() ? String.valueOf(share.base()) : SUPPRESSED;
	}

	private static String percent(Share share) {
		return share.shown() ? decimal(share.percent()) : SUPPRESSED;
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

}
