package org.onlinelives.survey.web;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.support.Pages;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.responses.SubmissionRefusedException;
import org.onlinelives.survey.responses.SurveyResponses;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
 * Answers are held in the session until sent, then forgotten; signed out, with CSRF
 * tokens, and no cookie of the controller's own.
 */
@SurveyWebSlice
class SurveyAnswersControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyResponses responses;

	private SurveyDesign.Reached reached;

	private MockHttpSession session;

	private SurveyInProgress progress;

	@BeforeEach
	void aVisitUnderWay() {
		this.reached = YouthSurveys.reachable(this.design);
		this.session = new MockHttpSession();
		this.progress = new SurveyInProgress(YouthSurveys.CODE, false);
		this.session.setAttribute(SurveyInProgress.ATTRIBUTE, this.progress);
	}

	private SurveyInProgress held() {
		return (SurveyInProgress) this.session.getAttribute(SurveyInProgress.ATTRIBUTE);
	}

	@Test
	void onlyTheOffersChosenAreHeldAndTheNextQuestionFollows() throws Exception {
		this.mvc
			.perform(post("/youth-survey/ABCD2345/questions/1").session(this.session)
				.with(csrf())
				.param("answers", "PHONE", "SPACESHIP", "PHONE"))
			.andExpect(redirectedUrl("/youth-survey/ABCD2345/questions/2"));
		assertThat(held().answer("DEVICES")).containsExactly("PHONE");
		verify(this.responses, never()).submit(any(), any(), any(), any());
	}

	@Test
	void anAnswerTooLongIsShownBesideTheBoxAndNotHeld() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/youth-survey/ABCD2345/questions/2").session(this.session)
				.with(csrf())
				.param("text", "x".repeat(SurveyResponses.MAX_TEXT + 1)))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		Pages.assertFieldError(page, "text", "Your answer must be 1,000 characters or fewer");
		assertThat(held().answer("WORRIES")).isEmpty();
		assertThat(result.getResponse().getCookies()).isEmpty();
	}

	@Test
	void anAnswerWithoutTheCsrfTokenIsRefusedAndNotHeld() throws Exception {
		this.mvc.perform(post("/youth-survey/ABCD2345/questions/1").session(this.session).param("answers", "PHONE"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/youth-survey/ABCD2345/send").session(this.session)).andExpect(status().isForbidden());
		assertThat(held().answers()).isEmpty();
		verify(this.responses, never()).submit(any(), any(), any(), any());
	}

	@Test
	void sendingSubmitsTheHeldAnswersThenForgetsTheVisit() throws Exception {
		this.progress.answer("DEVICES", List.of("TABLET"));
		MvcResult result = this.mvc.perform(post("/youth-survey/ABCD2345/send").session(this.session).with(csrf()))
			.andExpect(redirectedUrl("/youth-survey/ABCD2345/help?sent"))
			.andReturn();
		verify(this.responses).submit(eq(YouthSurveys.SURVEY), eq(this.reached.link()),
				eq(Map.of("DEVICES", List.of("TABLET"))), any());
		assertThat(this.session.isInvalid()).isTrue();
		assertThat(result.getResponse().getCookies()).isEmpty();
	}

	@Test
	void aRefusedSubmissionSaysWhyInsteadOfAServerError() throws Exception {
		willThrow(new SubmissionRefusedException("survey.take.tooMany")).given(this.responses)
			.submit(any(), any(), any(), any());
		Document page = Pages
			.parse(this.mvc.perform(post("/youth-survey/ABCD2345/send").session(this.session).with(csrf()))
				.andExpect(status().isTooManyRequests()));
		assertThat(page.text()).contains("A lot of answers came in at once. Please wait a while and try again.");
		assertThat(this.session.isInvalid()).isFalse();
		willThrow(new SubmissionRefusedException("survey.take.full")).given(this.responses)
			.submit(any(), any(), any(), any());
		Document full = Pages
			.parse(this.mvc.perform(post("/youth-survey/ABCD2345/send").session(this.session).with(csrf()))
				.andExpect(status().isOk()));
		assertThat(full.text()).contains("This survey code has had all the answers it can take.");
	}

	@Test
	void aVisitThatDidNotStartHereGoesBackToTheStart() throws Exception {
		this.mvc.perform(post("/youth-survey/ABCD2345/send").session(new MockHttpSession()).with(csrf()))
			.andExpect(redirectedUrl("/youth-survey/ABCD2345"));
		this.mvc.perform(get("/youth-survey/ABCD2345/questions/3").session(this.session))
			.andExpect(status().isNotFound());
		verify(this.responses, never()).submit(any(), any(), any(), any());
	}

}
