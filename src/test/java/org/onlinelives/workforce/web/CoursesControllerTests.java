package org.onlinelives.workforce.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingLevel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WorkforceWebSlice
class CoursesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Training training;

	@Test
	void aValidCourseIsAddedWithTheTypedDetails() throws Exception {
		this.mvc
			.perform(post("/training/courses").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("title", "Online harms for practitioners")
				.param("level", "PRACTITIONER")
				.param("provider", "Safeguarding Partnership")
				.param("durationMinutes", "90")
				.param("refreshMonths", "24")
				.param("supportedStatements", "1.1", "3.2"))
			.andExpect(redirectedUrl("/training/courses"));
		verify(this.training).addCourse(any(), eq(new Course.Details("Online harms for practitioners",
				TrainingLevel.PRACTITIONER, "Safeguarding Partnership", 90, List.of("1.1", "3.2"), 24, false)));
	}

	@Test
	void missingAndUnreadableValuesAreShownBesideTheirFieldsInPageOrder() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(
							post("/training/courses").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
								.with(csrf())
								.param("title", "")
								.param("level", "EXPERT")
								.param("provider", "Safeguarding Partnership")
								.param("durationMinutes", "an hour and a half")
								.param("refreshMonths", "24"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "title", "Enter the course title");
		Pages.assertFieldError(page, "level", "Choose the course level");
		Pages.assertFieldError(page, "durationMinutes", "Length must be a whole number of minutes, like 90");
		assertThat(page.select(".govuk-error-summary li a").eachAttr("href")).containsExactly("#title", "#level",
				"#durationMinutes");
		assertThat(page.getElementById("durationMinutes").val()).isEqualTo("an hour and a half");
		Pages.assertLabelledAndUnique(page);
		verify(this.training, never()).addCourse(any(), any());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/training/courses").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.param("title", "Online harms")
				.param("level", "AWARENESS")
				.param("provider", "Partnership")
				.param("durationMinutes", "90")
				.param("refreshMonths", "24"))
			.andExpect(status().isForbidden());
		verify(this.training, never()).addCourse(any(), any());
	}

	@Test
	void analystsCannotAddCourses() throws Exception {
		this.mvc
			.perform(post("/training/courses").with(SignedIn.as(People.person(1L, null, Role.ANALYST)))
				.with(csrf())
				.param("title", "Online harms")
				.param("level", "AWARENESS")
				.param("provider", "Partnership")
				.param("durationMinutes", "90")
				.param("refreshMonths", "24"))
			.andExpect(status().isForbidden());
		verify(this.training, never()).addCourse(any(), any());
	}

}
