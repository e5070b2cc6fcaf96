package org.onlinelives.survey.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.survey.analysis.SurveyAnalysis;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;

import org.springframework.beans.factory.annotation.Autowired;
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
