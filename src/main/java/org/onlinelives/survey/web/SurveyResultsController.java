package org.onlinelives.survey.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.survey.analysis.GroupComparison;
import org.onlinelives.survey.analysis.ScenarioResult;
import org.onlinelives.survey.analysis.Share;
import org.onlinelives.survey.analysis.SmallCounts;
import org.onlinelives.survey.analysis.SurveyAnalysis;
import org.onlinelives.survey.analysis.SurveyAnalysis.Results;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;

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

/**
 * The figures of a published survey, for administrators and analysts: anonymous counts
 * only, small counts suppressed.
 */
@Controller
@PreAuthorize("hasAnyRole('PARTNERSHIP_ADMIN', 'ANALYST')")
class SurveyResultsController {

	private static final String GROUP_FILL = "#1d70b8";

	private static final String OTHERS_FILL = "#b1b4b6";

	private final SurveyDesign design;

	private final SurveyAnalysis analysis;

	private final MessageSource messages;

	private final AccessLog accessLog;

	private final SurveyExports exports;

	SurveyResultsController(SurveyDesign design, SurveyAnalysis analysis, MessageSource messages, AccessLog accessLog,
			SurveyExports exports) {
		this.exports = exports;
		this.design = design;
		this.analysis = analysis;
		this.messages = messages;
		this.accessLog = accessLog;
	}

	@GetMapping("/surveys/{id}/results")
	String results(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model, Locale locale) {
		Survey survey = published(user, id);
		Results results = this.analysis.results(user, survey);
		model.addAttribute("survey", survey);
		model.addAttribute("results", results);
		List<String> labels = new ArrayList<>();
		List<List<BarChart.Value>> values = new ArrayList<>();
		for (ScenarioResult scenario : results.scenarios()) {
			labels.add(abbreviate(scenario.question().text()));
			values.add(List.of(value(scenario.overall(), GROUP_FILL, locale)));
		}
		model.addAttribute("chart", BarChart.of(message("survey.results.chart.overall", locale),
				message("survey.results.chart.overall.desc", locale), labels, values));
		return "survey/results";
	}

	@GetMapping("/surveys/{id}/results/{scenario}")
	String scenario(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String scenario,
			Model model, Locale locale) {
		Survey survey = published(user, id);
		ScenarioResult result = this.analysis.scenario(user, survey, scenario);
		model.addAttribute("survey", survey);
		model.addAttribute("result", result);
		model.addAttribute("minBase", SmallCounts.MIN_BASE);
		model.addAttribute("smallestShown", SmallCounts.SMALLEST_SHOWN);
		List<String> labels = new ArrayList<>();
		List<List<BarChart.Value>> values = new ArrayList<>();
		for (GroupComparison comparison : result.groups()) {
			labels.add(message("survey.group." + comparison.group(), locale));
			values.add(List.of(value(comparison.inGroup(), GROUP_FILL, locale),
					value(comparison.others(), OTHERS_FILL, locale)));
		}
		model.addAttribute("chart", BarChart.of(message("survey.results.chart.groups", locale),
				message("survey.results.chart.groups.desc", locale), labels, values));
		return "survey/scenario";
	}

	@GetMapping("/surveys/{id}/results.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale) {
		Survey survey = published(user, id);
		byte[] body = SurveyExports.csv(this.analysis.results(user, survey), this.messages, locale);
		this.accessLog.record(user, AccessEvent.EXPORTED, "survey results", id, "csv");
		return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "survey-" + id + "-results.csv");
	}

	@GetMapping("/surveys/{id}/breakdowns.csv")
	ResponseEntity<byte[]> breakdownsCsv(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			Locale locale) {
		Survey survey = published(user, id);
		byte[] body = SurveyExports.breakdownsCsv(this.analysis.breakdowns(user, survey), this.messages, locale);
		this.accessLog.record(user, AccessEvent.EXPORTED, "survey results", id, "breakdowns csv");
		return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "survey-" + id + "-breakdowns.csv");
	}

	@GetMapping("/surveys/{id}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale) {
		Survey survey = published(user, id);
		byte[] body = SurveyExports.xlsx(this.analysis.results(user, survey), this.analysis.breakdowns(user, survey),
				this.messages, locale);
		this.accessLog.record(user, AccessEvent.EXPORTED, "survey results", id, "xlsx");
		return download(body,
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"survey-" + id + "-results.xlsx");
	}

	@GetMapping("/surveys/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		Survey survey = published(user, id);
		Results results = this.analysis.results(user, survey);
		byte[] body = this.exports
			.pdf(Map.of("survey", survey, "results", results, "breakdowns", this.analysis.breakdowns(user, survey),
					"minBase", SmallCounts.MIN_BASE, "smallestShown", SmallCounts.SMALLEST_SHOWN));
		this.accessLog.record(user, AccessEvent.EXPORTED, "survey results", id, "pdf");
		return download(body, MediaType.APPLICATION_PDF, "survey-" + id + "-report.pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	private Survey published(SignedInUser user, long id) {
		Survey survey = this.design.survey(user, id);
		if (!survey.isPublished()) {
			throw new RecordNotFoundException("published survey", id);
		}
		return survey;
	}

	private BarChart.Value value(Share share, String fill, Locale locale) {
		if (!share.shown()) {
			return new BarChart.Value(null, message("survey.results.suppressed", locale), fill);
		}
		return new BarChart.Value(share.percent(), share.roundedPercent() + "%", fill);
	}

	private static String abbreviate(String text) {
		return (text.length() <= 48) ? text : text.substring(0, 47) + "…";
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
