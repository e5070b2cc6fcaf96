package org.onlinelives.selfaudit.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditFeedback;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.framework.FeedbackQuestions;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.admin;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.lead;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.served;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class FeedbackControllerTests {

	private static final FeedbackQuestions QUESTIONS = FeedbackQuestions.loadDefault();

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditFeedback feedback;

	@Test
	void answersAreRecordedAgainstTheirQuestions() throws Exception {
		Audit audit = served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		given(this.feedback.record(eq(audit), anyMap(), any())).willReturn(true);
		this.mvc
			.perform(post("/audits/7/feedback").with(SignedIn.as(lead()))
				.with(csrf())
				.param("answers[0]", "Clear statements")
				.param("answers[2]", "More examples"))
			.andExpect(redirectedUrl("/audits/7"))
			.andExpect(flash().attribute("success", "selfaudit.feedback.thanks"));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, String>> answers = ArgumentCaptor.forClass(Map.class);
		verify(this.feedback).record(eq(audit), answers.capture(), any(Instant.class));
		assertThat(answers.getValue()).hasSize(FeedbackQuestions.QUESTION_COUNT)
			.containsEntry(QUESTIONS.questions().get(0).id(), "Clear statements")
			.containsEntry(QUESTIONS.questions().get(2).id(), "More examples");
		assertThat(answers.getValue().get(QUESTIONS.questions().get(1).id())).isNullOrEmpty();
	}

	@Test
	void anOversizedAnswerIsShownBesideItsQuestionAndNothingIsRecorded() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/audits/7/feedback").with(SignedIn.as(lead()))
						.with(csrf())
						.param("answers[1]", "a".repeat(AuditFeedback.MAX_ANSWER + 1)))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Your answer to question 2 must be 4,000 characters or fewer");
		verify(this.feedback, never()).record(any(), anyMap(), any());
	}

	@Test
	void anAnswerIndexNoPageMakesIsABadRequestNotAServerError() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		this.mvc.perform(post("/audits/7/feedback").with(SignedIn.as(lead())).with(csrf()).param("answers[5000]", "x"))
			.andExpect(status().isBadRequest());
		verify(this.feedback, never()).record(any(), anyMap(), any());
	}

	@Test
	void feedbackBeforeSubmissionIsNotFound() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		this.mvc.perform(get("/audits/7/feedback").with(SignedIn.as(lead()))).andExpect(status().isNotFound());
	}

	@Test
	void sendingWithoutTheCsrfTokenIsRefused() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		this.mvc.perform(post("/audits/7/feedback").with(SignedIn.as(lead())).param("answers[0]", "Good"))
			.andExpect(status().isForbidden());
		verify(this.feedback, never()).record(any(), anyMap(), any());
	}

	@Test
	void administratorsCannotAnswerForTheAgency() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		this.mvc.perform(post("/audits/7/feedback").with(SignedIn.as(admin())).with(csrf()).param("answers[0]", "x"))
			.andExpect(status().isForbidden());
		verify(this.feedback, never()).record(any(), anyMap(), any());
	}

	@Test
	void administratorsReadTheAnswersByQuestion() throws Exception {
		given(this.feedback.inPartnership(anyLong()))
			.willReturn(List.of(new AuditFeedback.Answer(QUESTIONS.questions().get(0).id(), "The guidance helped",
					"Riverside Academy", "Autumn 2026", Instant.parse("2026-11-28T10:00:00Z"))));
		Document page = Pages
			.parse(this.mvc.perform(get("/audit-feedback").with(SignedIn.as(admin()))).andExpect(status().isOk()));
		assertThat(page.select("main").text()).contains("The guidance helped").contains("Riverside Academy");
	}

	@Test
	void agencyLeadsCannotReadEveryonesFeedback() throws Exception {
		this.mvc.perform(get("/audit-feedback").with(SignedIn.as(lead()))).andExpect(status().isForbidden());
		verify(this.feedback, never()).inPartnership(anyLong());
	}

	@Test
	void theFormAsksEveryQuestion() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/feedback").with(SignedIn.as(lead()))).andExpect(status().isOk()));
		assertThat(page.select("textarea[name^=answers]")).hasSize(FeedbackQuestions.QUESTION_COUNT);
		assertThat(page.select("main").text()).contains(QUESTIONS.questions().get(0).text());
	}

}
