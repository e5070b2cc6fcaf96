package org.onlinelives.survey.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.survey.analysis.CategoryShare;
import org.onlinelives.survey.analysis.GroupComparison;
import org.onlinelives.survey.analysis.ScenarioResult;
import org.onlinelives.survey.analysis.Share;
import org.onlinelives.survey.analysis.SurveyAnalysis.Results;

import org.springframework.stereotype.Component;

/**
 * The survey figures as CSV, XLSX (the same rows) and a printable PDF report: each
 * scenario by vulnerable group, and each scenario by year group, gender, year and school
 * or group (a second CSV, the XLSX's second sheet). Suppressed figures are written as
 * "suppressed", never as numbers.
 */
@Component
class SurveyExports {

	static final List<String> HEADER = List.of("scenario", "c", "question", "group", "group_yes", "group_answered",
			"group_percent", "others_yes", "others_answered", "others_percent", "relative_risk", "ci_lower", "ci_upper",
			"significant");

	static final List<String> BREAKDOWN_HEADER = List.of("scenario", "c", "question", "breakdown", "category", "yes",
			"answered", "percent");

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

	/** Each scenario's share in every year group, gender, year and school or group. */
	static List<List<String>> breakdownRows(List<ScenarioResult> scenarios) {
		List<List<String>> rows = new ArrayList<>();
		for (ScenarioResult scenario : scenarios) {
			Map<String, List<CategoryShare>> breakdowns = new LinkedHashMap<>();
			breakdowns.put("year_group", scenario.byYearGroup());
			breakdowns.put("gender", scenario.byGender());
			breakdowns.put("year", scenario.byYear());
			breakdowns.put("school_or_group", scenario.byLink());
			breakdowns.forEach((breakdown, categories) -> {
				for (CategoryShare category : categories) {
					rows.add(List.of(scenario.code(), scenario.question().scenario().c().name(),
							scenario.question().text(), breakdown, category.label(), count(category.share()),
							base(category.share()), percent(category.share())));
				}
			});
		}
		return rows;
	}

	static byte[] csv(Results results) {
		return csv(HEADER, rows(results));
	}

	static byte[] breakdownsCsv(List<ScenarioResult> breakdowns) {
		return csv(BREAKDOWN_HEADER, breakdownRows(breakdowns));
	}

	private static byte[] csv(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(header);
			for (List<String> row : rows) {
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(Results results, List<ScenarioResult> breakdowns) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook.createSheet("Results"), HEADER, rows(results));
			sheet(workbook.createSheet("Breakdowns"), BREAKDOWN_HEADER, breakdownRows(breakdowns));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(Sheet sheet, List<String> header, List<List<String>> rows) {
		int r = 0;
		write(sheet.createRow(r++), header);
		for (List<String> row : rows) {
			write(sheet.createRow(r++), row);
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
