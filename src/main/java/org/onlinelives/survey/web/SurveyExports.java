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
import org.onlinelives.survey.analysis.CategoryShare;
import org.onlinelives.survey.analysis.GroupComparison;
import org.onlinelives.survey.analysis.ScenarioResult;
import org.onlinelives.survey.analysis.Share;
import org.onlinelives.survey.analysis.SurveyAnalysis.Results;
import org.onlinelives.platform.web.SpreadsheetCells;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The survey figures as CSV, XLSX (the same rows) and a printable PDF report: each
 * scenario by vulnerable group, and each scenario by year group, gender, year and school
 * or group (a second CSV, the XLSX's second sheet). They are for people to read, so every
 * heading and value is in words from the messages (the question, its type of risk, the
 * group), never a code. Suppressed figures are written as "suppressed", never as numbers.
 */
@Component
class SurveyExports {

	static final List<String> HEADER = List.of("scenario", "c", "group", "groupYes", "groupAnswered", "groupPercent",
			"othersYes", "othersAnswered", "othersPercent", "relativeRisk", "ciLower", "ciUpper", "significant");

	static final List<String> BREAKDOWN_HEADER = List.of("scenario", "c", "breakdown", "category", "yes", "answered",
			"percent");

	/** The breakdowns in the order written, each with the key of its name. */
	private static final List<String> BREAKDOWNS = List.of("byYearGroup", "byGender", "byYear", "byLink");

	private static final String SUPPRESSED = "suppressed";

	private final PdfRenderer pdf;

	SurveyExports(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	static List<List<String>> rows(Results results, MessageSource messages, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		String yes = messages.getMessage("survey.results.yes", null, locale);
		String no = messages.getMessage("survey.results.no", null, locale);
		for (ScenarioResult scenario : results.scenarios()) {
			String text = scenario.question().text();
			String c = riskType(scenario, messages, locale);
			Share overall = scenario.overall();
			rows.add(List.of(text, c, messages.getMessage("survey.results.everyone", null, locale), count(overall),
					base(overall), percent(overall), "", "", "", "", "", "", ""));
			for (GroupComparison comparison : scenario.groups()) {
				boolean shown = comparison.shown();
				boolean risk = comparison.risk() != null;
				rows.add(List.of(text, c, messages.getMessage("survey.group." + comparison.group(), null, locale),
						shown ? count(comparison.inGroup()) : SUPPRESSED,
						shown ? base(comparison.inGroup()) : SUPPRESSED,
						shown ? percent(comparison.inGroup()) : SUPPRESSED,
						shown ? count(comparison.others()) : SUPPRESSED, shown ? base(comparison.others()) : SUPPRESSED,
						shown ? percent(comparison.others()) : SUPPRESSED,
						risk ? decimal(comparison.risk().estimate()) : "",
						risk ? decimal(comparison.risk().lower()) : "", risk ? decimal(comparison.risk().upper()) : "",
						comparison.significant() ? yes : no));
			}
		}
		return rows;
	}

	/** Each scenario's share in every year group, gender, year and school or group. */
	static List<List<String>> breakdownRows(List<ScenarioResult> scenarios, MessageSource messages, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (ScenarioResult scenario : scenarios) {
			List<List<CategoryShare>> breakdowns = List.of(scenario.byYearGroup(), scenario.byGender(),
					scenario.byYear(), scenario.byLink());
			for (int b = 0; b < BREAKDOWNS.size(); b++) {
				String breakdown = messages.getMessage("survey.results." + BREAKDOWNS.get(b) + ".column", null, locale);
				for (CategoryShare category : breakdowns.get(b)) {
					rows.add(List.of(scenario.question().text(), riskType(scenario, messages, locale), breakdown,
							category.label(), count(category.share()), base(category.share()),
							percent(category.share())));
				}
			}
		}
		return rows;
	}

	static byte[] csv(Results results, MessageSource messages, Locale locale) {
		return csv(header(HEADER, messages, locale), rows(results, messages, locale));
	}

	static byte[] breakdownsCsv(List<ScenarioResult> breakdowns, MessageSource messages, Locale locale) {
		return csv(header(BREAKDOWN_HEADER, messages, locale), breakdownRows(breakdowns, messages, locale));
	}

	private static byte[] csv(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord(header);
			for (List<String> row : rows) {
				// labels of schools and groups are typed by administrators
				csv.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(Results results, List<ScenarioResult> breakdowns, MessageSource messages, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook.createSheet(messages.getMessage("survey.export.sheet.results", null, locale)),
					header(HEADER, messages, locale), rows(results, messages, locale));
			sheet(workbook.createSheet(messages.getMessage("survey.export.sheet.breakdowns", null, locale)),
					header(BREAKDOWN_HEADER, messages, locale), breakdownRows(breakdowns, messages, locale));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> header(List<String> columns, MessageSource messages, Locale locale) {
		return columns.stream().map((column) -> messages.getMessage("survey.export." + column, null, locale)).toList();
	}

	private static String riskType(ScenarioResult scenario, MessageSource messages, Locale locale) {
		return messages.getMessage("survey.c." + scenario.question().scenario().c(), null, locale);
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
