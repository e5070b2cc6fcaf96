package org.onlinelives.assessment.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.PromptAnswer;
import org.onlinelives.assessment.assessments.RecordedPrompt;
import org.onlinelives.assessment.catalogue.Urgency;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * The prompt page's model is {@link AssessmentPages}' (mocked here): it is shown as the
 * form's binding in the real layout and error summary, so what is checked is which errors
 * the controller reports and what it saves.
 */
@AssessmentWebSlice
class AssessmentPromptsControllerTests {

	private static final String PROMPT = "/young-people/3/assessments/4/prompts/P1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentPages pages;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	private Assessment withPrompt(PromptAnswer answer) {
		Assessment assessment = mock(Assessment.class);
		given(assessment.getId()).willReturn(4L);
		given(assessment.getVersion()).willReturn(2L);
		given(assessment.prompts()).willReturn(List
			.of(new RecordedPrompt("P1", Urgency.values()[0], "Because", answer, null, null, null, null, null)));
		return assessment;
	}

	@BeforeEach
	void anUnansweredPrompt() {
		Assessment assessment = withPrompt(null);
		given(this.assessments.find(any(), eq(3L), eq(4L))).willReturn(assessment);
		given(this.pages.prompt(any(), any(), any(), any())).willReturn("test/bound-form");
	}

	@Test
	void aPromptDoneOnAPastDayIsRecordedWithThatDay() throws Exception {
		this.mvc
			.perform(post(PROMPT).with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("answer", "DONE")
				.param("doneDay", "14")
				.param("doneMonth", "11")
				.param("doneYear", "2025")
				.param("version", "2"))
			.andExpect(redirectedUrl("/young-people/3/assessments/4#prompts"))
			.andExpect(flash().attribute("success", "prompt.answeredDone"));
		verify(this.assessments).answerPrompt(any(), eq(3L), eq(4L), eq(2L), eq("P1"), eq(PromptAnswer.DONE),
				eq(LocalDate.of(2025, 11, 14)), any());
	}

	@Test
	void aDayThatIsNotADateAndAMissingReasonAreShownAndNothingIsSaved() throws Exception {
		Document notADate = Pages.parse(
				this.mvc
					.perform(post(PROMPT).with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("answer", "DONE")
						.param("doneDay", "31")
						.param("doneMonth", "February")
						.param("doneYear", "2025")
						.param("version", "2"))
					.andExpect(status().isOk()));
		assertThat(notADate.select(".govuk-error-summary a[href=#doneDay]").text())
			.isEqualTo("Enter the day it was done, like 14 11 2026");
		Document noReason = Pages.parse(
				this.mvc
					.perform(post(PROMPT).with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("answer", "NOT_APPLICABLE")
						.param("note", " ")
						.param("version", "2"))
					.andExpect(status().isOk()));
		assertThat(noReason.select(".govuk-error-summary a[href=#note]").text())
			.isEqualTo("Say why this prompt does not apply");
		Document tooLong = Pages.parse(
				this.mvc
					.perform(post(PROMPT).with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("answer", "NOT_APPLICABLE")
						.param("note", "n".repeat(1001))
						.param("version", "2"))
					.andExpect(status().isOk()));
		assertThat(tooLong.select(".govuk-error-summary a[href=#note]").text())
			.isEqualTo("The note must be 1,000 characters or fewer");
		verify(this.assessments, never()).answerPrompt(any(), anyLong(), anyLong(), any(), any(), any(), any(), any());
	}

	@Test
	void aRefusalFromTheAssessmentIsShownNotAServerError() throws Exception {
		given(this.assessments.answerPrompt(any(), anyLong(), anyLong(), any(), any(), any(), any(), any()))
			.willThrow(new InvalidAnswerException("answer", "prompt.answer.required", "An answer is needed"));
		Document page = Pages.parse(
				this.mvc
					.perform(post(PROMPT).with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("answer", "NOT_APPLICABLE")
						.param("note", "Already known to police")
						.param("version", "2"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary a[href=#answer]").text())
			.isEqualTo("Select done or not applicable");
	}

	@Test
	void aPromptAnsweredByAnotherMeanwhileIsNotAnsweredAgain() throws Exception {
		given(this.assessments.answerPrompt(any(), anyLong(), anyLong(), any(), any(), any(), any(), any()))
			.willThrow(new OptimisticLockingFailureException("stale"));
		Assessment unanswered = withPrompt(null);
		Assessment answered = withPrompt(PromptAnswer.DONE);
		given(this.assessments.find(any(), eq(3L), eq(4L))).willReturn(unanswered, answered);
		this.mvc
			.perform(post(PROMPT).with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("answer", "NOT_APPLICABLE")
				.param("note", "Already known to police")
				.param("version", "1"))
			.andExpect(redirectedUrl("/young-people/3/assessments/4#prompts"))
			.andExpect(flash().attribute("notice", "prompt.alreadyAnswered"));
	}

	@Test
	void anAnswerWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post(PROMPT).with(SignedIn.as(this.practitioner))
				.param("answer", "NOT_APPLICABLE")
				.param("note", "Already known to police"))
			.andExpect(status().isForbidden());
		verify(this.assessments, never()).answerPrompt(any(), anyLong(), anyLong(), any(), any(), any(), any(), any());
	}

	@Test
	void analystsCannotAnswerPrompts() throws Exception {
		this.mvc
			.perform(post(PROMPT).with(SignedIn.as(People.person(1L, null, Role.ANALYST)))
				.with(csrf())
				.param("answer", "NOT_APPLICABLE")
				.param("note", "Already known to police"))
			.andExpect(status().isForbidden());
		verify(this.assessments, never()).answerPrompt(any(), anyLong(), anyLong(), any(), any(), any(), any(), any());
	}

	@Test
	void aPromptTheAssessmentDoesNotHaveIsNotFound() throws Exception {
		this.mvc
			.perform(post("/young-people/3/assessments/4/prompts/NOPE").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("answer", "NOT_APPLICABLE")
				.param("note", "Already known to police"))
			.andExpect(status().isNotFound());
		verify(this.assessments, never()).answerPrompt(any(), anyLong(), anyLong(), any(), any(), any(), any(), any());
	}

}
