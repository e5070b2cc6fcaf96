package org.onlinelives.survey.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.imports.ImportJob;
import org.onlinelives.survey.imports.RowProblem;
import org.onlinelives.survey.imports.SurveyImports;
import org.onlinelives.platform.web.SpreadsheetCells;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of an import under way, which refreshes itself every two seconds without
 * JavaScript until the report is ready, and the full list of rejected rows as CSV.
 */
@Controller
@PreAuthorize("hasRole('PARTNERSHIP_ADMIN')")
class ImportStatusController {

	static final int PAGE_SIZE = 50;

	private final SurveyDesign design;

	private final SurveyImports imports;

	private final MessageSource messages;

	ImportStatusController(SurveyDesign design, SurveyImports imports, MessageSource messages) {
		this.design = design;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/surveys/{id}/imports/{job}")
	String status(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @PathVariable UUID job,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Survey survey = this.design.survey(admin, id);
		ImportJob found = this.imports.job(admin, id, job);
		model.addAttribute("survey", survey);
		model.addAttribute("job", found);
		if (!found.done()) {
			model.addAttribute("refreshSeconds", 2);
			return "survey/import-status";
		}
		List<RowProblem> problems = found.report().problems();
		int pages = Math.max(1, (problems.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		model.addAttribute("problems",
				problems.subList((shown - 1) * PAGE_SIZE, Math.min(problems.size(), shown * PAGE_SIZE)));
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		return "survey/import-report";
	}

	@GetMapping("/surveys/{id}/imports/{job}/rejected.csv")
	ResponseEntity<byte[]> rejected(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@PathVariable UUID job, Locale locale) throws IOException {
		this.design.survey(admin, id);
		ImportJob found = this.imports.job(admin, id, job);
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
			printer.printRecord(this.messages.getMessage("survey.import.report.row", null, locale),
					this.messages.getMessage("survey.import.report.column", null, locale),
					this.messages.getMessage("survey.import.report.reason", null, locale));
			List<RowProblem> problems = found.done() ? found.report().problems() : List.of();
			for (RowProblem problem : problems) {
				// the column is a heading from the uploaded file
				printer.printRecord(problem.row(), SpreadsheetCells.safe(problem.column()),
						SpreadsheetCells.safe(this.messages.getMessage(problem.reason(), problem.arguments(), locale)));
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rejected-rows-" + id + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
