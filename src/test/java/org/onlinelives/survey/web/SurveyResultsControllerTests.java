package org.onlinelives.survey.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.survey.analysis.CategoryShare;
import org.onlinelives.survey.analysis.GroupComparison;
import org.onlinelives.survey.analysis.RelativeRisk;
import org.onlinelives.survey.analysis.ScenarioResult;
import org.onlinelives.survey.analysis.Share;
import org.onlinelives.survey.analysis.SurveyAnalysis;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.questionnaire.AnswerOption;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionRole;
import org.onlinelives.survey.questionnaire.QuestionType;
import org.onlinelives.survey.questionnaire.RiskC;
import org.onlinelives.survey.questionnaire.ScenarioFacts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SurveyWebSlice
class SurveyResultsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyAnalysis analysis;

	@Autowired
	AccessLog accessLog;

	private final User analyst = People.person(1L, null, Role.ANALYST);

	private Survey published() {
		Survey survey = YouthSurveys.found(this.design, true);
		given(this.analysis.results(any(), eq(survey)))
			.willReturn(new SurveyAnalysis.Results(YouthSurveys.SURVEY, 240, List.of(), List.of(), List.of()));
		return survey;
	}

	@Test
	void analystsReadTheResultsOfAPublishedSurvey() throws Exception {
		published();
		Document page = Pages.parse(this.mvc.perform(get("/surveys/12/results").with(SignedIn.as(this.analyst)))
			.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).contains("Your online life");
	}

	@Test
	void theCsvExportIsADownloadAndIsWrittenToTheAccessLog() throws Exception {
		published();
		this.mvc.perform(get("/surveys/12/results.csv").with(SignedIn.as(this.analyst)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"survey-12-results.csv\""));
		verify(this.accessLog).record(any(), eq(AccessEvent.EXPORTED), eq("survey results"), eq(12L), eq("csv"));
	}

	@Test
	void theBreakdownsByYearGroupGenderYearAndSchoolAreExportedWithSuppressedFiguresAsWords() throws Exception {
		Survey survey = published();
		given(this.analysis.breakdowns(any(), eq(survey))).willReturn(List.of(bulliedOnline()));

		String csv = this.mvc.perform(get("/surveys/12/breakdowns.csv").with(SignedIn.as(this.analyst)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"survey-12-breakdowns.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).containsExactly(
				"Scenario,Type of risk,Breakdown,Category,Met this scenario,Answered,Percent",
				"Have you been bullied online?,Contact,Year group,Year 7,12,60,20.000",
				"Have you been bullied online?,Contact,Year group,Year 8,suppressed,suppressed,suppressed",
				"Have you been bullied online?,Contact,Gender,Girl,18,150,12.000",
				"Have you been bullied online?,Contact,Survey year,2026,30,300,10.000",
				"Have you been bullied online?,Contact,School or group,Riverside Year 8,30,300,10.000");
		verify(this.accessLog).record(any(), eq(AccessEvent.EXPORTED), eq("survey results"), eq(12L),
				eq("breakdowns csv"));

		byte[] xlsx = download("results.xlsx").getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetName(1)).isEqualTo("Breakdowns");
			assertThat(workbook.getSheetAt(1).getRow(2).getCell(3).getStringCellValue()).isEqualTo("Year 8");
			assertThat(workbook.getSheetAt(1).getRow(2).getCell(4).getStringCellValue()).isEqualTo("suppressed");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(4).getNumericCellValue()).isEqualTo(12.0);
		}
	}

	/**
	 * People read the exports: every heading and value is in words (the question, its
	 * type of risk, the group, the breakdown), never a code or an enum's name.
	 */
	@Test
	void everyCellOfTheResultsAndBreakdownsExportsIsInWordsNeverACode() throws Exception {
		Survey survey = YouthSurveys.found(this.design, true);
		ScenarioResult bullied = bulliedOnline();
		ScenarioResult withGroups = new ScenarioResult(bullied.question(), bullied.overall(),
				List.of(new GroupComparison("IN_OR_LEAVING_CARE", Share.of(12, 40), Share.of(30, 260),
						RelativeRisk.of(12, 40, 30, 260)),
						new GroupComparison("S_CYBERBULLIED", Share.of(2, 10).withheld(), Share.of(40, 290), null)),
				bullied.byYearGroup(), bullied.byGender(), bullied.byYear(), bullied.byLink());
		given(this.analysis.results(any(), eq(survey))).willReturn(new SurveyAnalysis.Results(YouthSurveys.SURVEY, 300,
				List.of("IN_OR_LEAVING_CARE", "S_CYBERBULLIED"), List.of(withGroups), List.of()));
		given(this.analysis.breakdowns(any(), eq(survey))).willReturn(List.of(withGroups));

		List<List<String>> cells = new ArrayList<>();
		for (String export : List.of("results.csv", "breakdowns.csv")) {
			String csv = download(export).getContentAsString();
			try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
				parser.forEach((record) -> cells.add(record.toList()));
			}
		}
		byte[] xlsx = download("results.xlsx").getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter formatter = new DataFormatter();
			for (Sheet sheet : workbook) {
				cells.add(List.of(sheet.getSheetName()));
				for (Row row : sheet) {
					List<String> values = new ArrayList<>();
					row.forEach((cell) -> values.add(formatter.formatCellValue(cell)));
					cells.add(values);
				}
			}
		}

		List<String> all = cells.stream().flatMap(List::stream).toList();
		assertThat(all).noneMatch((cell) -> cell.matches("^[A-Z][A-Z0-9_]+$"))
			.noneMatch((cell) -> cell.matches("^[a-z]+(_[a-z]+)+$"))
			.contains("Scenario", "Type of risk", "Group", "Have you been bullied online?", "Contact", "Everyone",
					"In or leaving care", "Bullied online", "Year group", "School or group", "Results", "Breakdowns");
	}

	private MockHttpServletResponse download(String export) throws Exception {
		return this.mvc.perform(get("/surveys/12/" + export).with(SignedIn.as(this.analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	@Test
	void aSchoolOrGroupLabelThatWouldRunAsAFormulaIsQuotedInTheCsv() throws Exception {
		Survey survey = published();
		ScenarioResult bullied = bulliedOnline();
		ScenarioResult withFormula = new ScenarioResult(bullied.question(), bullied.overall(), bullied.groups(),
				bullied.byYearGroup(), bullied.byGender(), bullied.byYear(),
				List.of(new CategoryShare("ABCD2345", "=HYPERLINK(\"http://example.test\")", Share.of(30, 300))));
		given(this.analysis.breakdowns(any(), eq(survey))).willReturn(List.of(withFormula));

		String csv = this.mvc.perform(get("/surveys/12/breakdowns.csv").with(SignedIn.as(this.analyst)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).contains(
				"Have you been bullied online?,Contact,School or group,\"'=HYPERLINK(\"\"http://example.test\"\")\",30,300,10.000");
	}

	private static ScenarioResult bulliedOnline() {
		Question bullied = new Question("S_CYBERBULLIED", "SCENARIOS", QuestionType.SINGLE, QuestionRole.SCENARIO,
				"Have you been bullied online?", null, null, null,
				List.of(new AnswerOption("YES", "Yes", null), new AnswerOption("NO", "No", null)),
				new ScenarioFacts(RiskC.CONTACT, List.of("YES"), "have been bullied online", false), "Source");
		return new ScenarioResult(bullied, Share.of(30, 300), List.of(),
				List.of(new CategoryShare("Y7", "Year 7", Share.of(12, 60)),
						new CategoryShare("Y8", "Year 8", Share.of(2, 20).withheld())),
				List.of(new CategoryShare("GIRL", "Girl", Share.of(18, 150))),
				List.of(new CategoryShare("12", "2026", Share.of(30, 300))),
				List.of(new CategoryShare("ABCD2345", "Riverside Year 8", Share.of(30, 300))));
	}

	@Test
	void aSurveyNotYetPublishedHasNoResults() throws Exception {
		YouthSurveys.found(this.design, false);
		this.mvc.perform(get("/surveys/12/results").with(SignedIn.as(this.analyst))).andExpect(status().isNotFound());
		this.mvc.perform(get("/surveys/12/results.csv").with(SignedIn.as(this.analyst)))
			.andExpect(status().isNotFound());
		verify(this.analysis, never()).results(any(), any());
	}

	@Test
	void practitionersAndAgencyLeadsCannotReadSurveyResults() throws Exception {
		published();
		this.mvc.perform(get("/surveys/12/results").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/surveys/12/results.csv").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD))))
			.andExpect(status().isForbidden());
		verify(this.analysis, never()).results(any(), any());
		verify(this.accessLog, never()).record(any(), eq(AccessEvent.EXPORTED), any(), any(), any());
	}

	@Test
	void aSurveyIdThatIsNotANumberNamesNoSurvey() throws Exception {
		this.mvc.perform(get("/surveys/twelve/results").with(SignedIn.as(this.analyst)))
			.andExpect(status().isNotFound());
		verify(this.analysis, never()).results(any(), any());
	}

}
