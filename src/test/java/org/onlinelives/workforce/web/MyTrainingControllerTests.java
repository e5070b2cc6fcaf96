package org.onlinelives.workforce.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.PeopleDirectory.PersonName;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingRecord;
import org.onlinelives.workforce.training.TrainingRuleException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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

@WorkforceWebSlice
class MyTrainingControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Training training;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	@BeforeEach
	void aCatalogueAndARecord() {
		Course course = mock(Course.class);
		given(course.getId()).willReturn(4L);
		given(course.getTitle()).willReturn("Online harms for practitioners");
		List<Course> catalogue = List.of(course);
		given(this.training.catalogue(any())).willReturn(catalogue);
		given(this.training.course(any(), eq(4L))).willReturn(course);
		List<PersonName> people = List
			.of(new PersonName(this.practitioner.getId(), this.practitioner.getDisplayName(), true));
		given(this.training.recordableFor(any())).willReturn(people);
		TrainingRecord record = mock(TrainingRecord.class);
		given(record.getId()).willReturn(9L);
		given(record.getCourseId()).willReturn(4L);
		given(this.training.ownRecord(any(), eq(9L))).willReturn(record);
	}

	@Test
	void aCompletedCourseIsRecordedForThePersonOnTheTypedDate() throws Exception {
		this.mvc
			.perform(post("/training/records").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("personId", String.valueOf(this.practitioner.getId()))
				.param("courseId", "4")
				.param("completedOn", "2026-03-27")
				.param("evidenceLink", "https://learning.example.org/cert/1"))
			.andExpect(redirectedUrl("/training"))
			.andExpect(flash().attribute("success", "training.record.saved"));
		verify(this.training).record(any(), eq(this.practitioner.getId()), eq(4L), eq(LocalDate.of(2026, 3, 27)),
				eq("https://learning.example.org/cert/1"));
	}

	@Test
	void aMissingCourseAndADateThatIsNotADateAreShownBesideTheirFieldsAndNothingIsRecorded() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/training/records").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("courseId", "")
						.param("completedOn", "27 March last year"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "courseId", "Choose the course that was completed");
		Pages.assertFieldError(page, "completedOn", "Enter the date as year-month-day, for example 2026-03-27");
		assertThat(page.getElementById("completedOn").val()).isEqualTo("27 March last year");
		verify(this.training, never()).record(any(), any(), anyLong(), any(), any());
	}

	@Test
	void aDateTheRecordRefusesIsShownBesideTheDateNotAsAServerError() throws Exception {
		given(this.training.record(any(), any(), eq(4L), any(), any()))
			.willThrow(new TrainingRuleException("completedOn", "training.record.date.future"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/training/records").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("courseId", "4")
						.param("completedOn", "2099-01-01"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "completedOn", "The date the course was completed must be today or in the past");
	}

	@Test
	void anEvaluationIsSentWithTheChosenRatingsAndComments() throws Exception {
		this.mvc
			.perform(post("/training/records/9/evaluation").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("confidenceBefore", "2")
				.param("confidenceAfter", "4")
				.param("useful", "The case studies")
				.param("missing", "Gaming platforms"))
			.andExpect(redirectedUrl("/training"))
			.andExpect(flash().attribute("success", "training.evaluation.saved"));
		verify(this.training).evaluate(any(), eq(9L), eq(2), eq(4), eq("The case studies"), eq("Gaming platforms"));
	}

	@Test
	void aRatingThatIsNotANumberAndOversizedTextAreShownBesideTheirFields() throws Exception {
		willThrow(new TrainingRuleException("missing", "training.evaluation.text.tooLong")).given(this.training)
			.evaluate(any(), eq(9L), any(), any(), any(), any());
		Document page = Pages.parse(
				this.mvc
					.perform(post("/training/records/9/evaluation").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("confidenceBefore", "two")
						.param("confidenceAfter", "4"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "confidenceBefore", "Choose a number from 1 to 5");
		verify(this.training, never()).evaluate(any(), anyLong(), any(), any(), any(), any());
		Document refused = Pages.parse(
				this.mvc
					.perform(post("/training/records/9/evaluation").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("confidenceBefore", "2")
						.param("confidenceAfter", "4")
						.param("missing", "x".repeat(2001)))
					.andExpect(status().isOk()));
		Pages.assertFieldError(refused, "missing", "Answers must be 2,000 characters or fewer");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc
			.perform(post("/training/records").with(SignedIn.as(this.practitioner))
				.param("courseId", "4")
				.param("completedOn", "2026-03-27"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/training/records/9/evaluation").with(SignedIn.as(this.practitioner))
				.param("confidenceBefore", "2")
				.param("confidenceAfter", "4"))
			.andExpect(status().isForbidden());
		verify(this.training, never()).record(any(), any(), anyLong(), any(), any());
		verify(this.training, never()).evaluate(any(), anyLong(), any(), any(), any(), any());
	}

	@Test
	void onlyAgencyLeadsSeeTheirStaffsTraining() throws Exception {
		this.mvc.perform(get("/training/staff").with(SignedIn.as(this.practitioner))).andExpect(status().isForbidden());
		verify(this.training, never()).staffOf(any());
	}

}
