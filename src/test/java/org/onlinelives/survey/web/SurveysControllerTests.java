package org.onlinelives.survey.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.responses.SurveyResponses;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SurveyWebSlice
class SurveysControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyResponses responses;

	@Test
	void aValidSurveyIsCreatedForTheTypedYearAndTitle() throws Exception {
		Survey survey = Survey.draft(1L, 2026, "Your online life", 1, List.of());
		ReflectionTestUtils.setField(survey, "id", 12L);
		given(this.design.create(any(), anyInt(), anyString())).willReturn(survey);
		this.mvc
			.perform(post("/surveys").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("year", " 2026 ")
				.param("title", "Your online life"))
			.andExpect(redirectedUrl("/surveys/12"));
		verify(this.design).create(any(), eq(2026), eq("Your online life"));
	}

	@Test
	void anImpossibleYearAndAMissingTitleAreShownBesideTheirFields() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/surveys").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("year", "1066")
						.param("title", " "))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "year", "Enter a year between 2000 and 2100, for example 2026");
		Pages.assertFieldError(page, "title", "Enter a title");
		assertThat(page.getElementById("year").val()).isEqualTo("1066");
		Pages.assertLabelledAndUnique(page);
		verify(this.design, never()).create(any(), anyInt(), anyString());
	}

	@Test
	void aTitleTooLongIsRefused() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/surveys").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("year", "2026")
						.param("title", "x".repeat(Survey.MAX_TITLE + 1)))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "title", "Title must be 200 characters or fewer");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		verify(this.design, never()).create(any(), anyInt(), anyString());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/surveys").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.param("year", "2026")
				.param("title", "Your online life"))
			.andExpect(status().isForbidden());
		verify(this.design, never()).create(any(), anyInt(), anyString());
	}

	@Test
	void analystsCanListSurveysButNotCreateThem() throws Exception {
		this.mvc
			.perform(post("/surveys").with(SignedIn.as(People.person(1L, null, Role.ANALYST)))
				.with(csrf())
				.param("year", "2026")
				.param("title", "Your online life"))
			.andExpect(status().isForbidden());
		verify(this.design, never()).create(any(), anyInt(), anyString());
	}

}
