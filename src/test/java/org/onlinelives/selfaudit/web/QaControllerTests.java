package org.onlinelives.selfaudit.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.FRAMEWORK;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.lead;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.reviewer;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.served;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class QaControllerTests {

	private static final String NUMBER = FRAMEWORK.statements().get(0).number();

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditQa qa;

	private Audit audit;

	@BeforeEach
	void anAuditInQa() {
		this.audit = served(this.selfAudits, 7L, AuditStatus.IN_QA);
		AuditStatement statement = this.selfAudits.statements(this.audit).get(NUMBER);
		given(this.qa.reviewable(any(), eq(7L))).willReturn(this.audit);
		given(this.qa.statement(this.audit, NUMBER)).willReturn(statement);
	}

	private static String review() {
		return "/audits/7/statements/" + NUMBER + "/review";
	}

	@Test
	void theOverviewShowsTheAuditUnderReview() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/qa").with(SignedIn.as(reviewer()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("QA: Riverside Academy");
	}

	@Test
	void thereIsNoQaForAnAuditNotYetSubmitted() throws Exception {
		served(this.selfAudits, 8L, AuditStatus.IN_PROGRESS);
		this.mvc.perform(get("/audits/8/qa").with(SignedIn.as(lead()))).andExpect(status().isNotFound());
	}

	@Test
	void aConfirmedScoreIsConfirmed() throws Exception {
		this.mvc.perform(post(review()).with(SignedIn.as(reviewer())).with(csrf()).param("decision", "CONFIRM"))
			.andExpect(redirectedUrl("/audits/7/qa"))
			.andExpect(flash().attribute("success", "selfaudit.review.confirmed"));
		verify(this.qa).confirm(any(), eq(this.audit), eq(NUMBER));
	}

	@Test
	void aChallengeIsSentWithItsCommentAndProposedScore() throws Exception {
		this.mvc
			.perform(post(review()).with(SignedIn.as(reviewer()))
				.with(csrf())
				.param("decision", "CHALLENGE")
				.param("comment", "No training records")
				.param("proposedScore", "1"))
			.andExpect(redirectedUrl("/audits/7/qa"))
			.andExpect(flash().attribute("success", "selfaudit.review.challenged"));
		verify(this.qa).challenge(any(), eq(this.audit), eq(NUMBER), eq("No training records"), eq(1));
	}

	@Test
	void aChallengeWithoutCommentOrReadableScoreIsShownBesideTheFields() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post(review()).with(SignedIn.as(reviewer()))
						.with(csrf())
						.param("decision", "CHALLENGE")
						.param("comment", "")
						.param("proposedScore", "seven"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "comment", "Enter a comment saying why you challenge the score");
		Pages.assertFieldError(page, "proposedScore", "Choose the score you propose, from 0 to 4");
		verify(this.qa, never()).challenge(any(), any(), anyString(), any(), any());
	}

	@Test
	void anOversizedCommentIsShownBesideTheField() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post(review()).with(SignedIn.as(reviewer()))
						.with(csrf())
						.param("decision", "CHALLENGE")
						.param("comment", "c".repeat(AuditStatement.MAX_COMMENT + 1))
						.param("proposedScore", "1"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "comment", "Comments must be 2,000 characters or fewer");
		verify(this.qa, never()).challenge(any(), any(), anyString(), any(), any());
	}

	@Test
	void noDecisionIsShownBesideTheChoice() throws Exception {
		Document page = Pages.parse(
				this.mvc.perform(post(review()).with(SignedIn.as(reviewer())).with(csrf())).andExpect(status().isOk()));
		Pages.assertFieldError(page, "decision", "Choose whether to confirm or challenge the score");
		verify(this.qa, never()).confirm(any(), any(), anyString());
	}

	@Test
	void aDecisionTheAuditRefusesIsShownInTheSummary() throws Exception {
		willThrow(new AuditRuleException("selfaudit.qa.notAwaitingReviewer", "not waiting", NUMBER)).given(this.qa)
			.confirm(any(), eq(this.audit), eq(NUMBER));
		Document page = Pages.parse(
				this.mvc.perform(post(review()).with(SignedIn.as(reviewer())).with(csrf()).param("decision", "CONFIRM"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Statement " + NUMBER + " is not waiting for a QA decision.");
	}

	@Test
	void aStatementTheFrameworkDoesNotHaveIsNotFound() throws Exception {
		this.mvc
			.perform(post("/audits/7/statements/99.9/review").with(SignedIn.as(reviewer()))
				.with(csrf())
				.param("decision", "CONFIRM"))
			.andExpect(status().isNotFound());
		verify(this.qa, never()).confirm(any(), any(), anyString());
	}

	@Test
	void reviewingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post(review()).with(SignedIn.as(reviewer())).param("decision", "CONFIRM"))
			.andExpect(status().isForbidden());
		verify(this.qa, never()).confirm(any(), any(), anyString());
	}

	@Test
	void agencyLeadsCannotReviewTheirOwnScores() throws Exception {
		this.mvc.perform(post(review()).with(SignedIn.as(lead())).with(csrf()).param("decision", "CONFIRM"))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.qa);
	}

	@Test
	void theLeadAcceptsAChallenge() throws Exception {
		this.mvc
			.perform(post("/audits/7/statements/" + NUMBER + "/response").with(SignedIn.as(lead()))
				.with(csrf())
				.param("decision", "ACCEPT"))
			.andExpect(redirectedUrl("/audits/7/qa"))
			.andExpect(flash().attribute("success", "selfaudit.response.accepted"));
		verify(this.qa).acceptChallenge(any(), eq(this.audit), eq(NUMBER));
	}

	@Test
	void aProposalWithoutAReasonOrAScoreOnTheScaleIsShownBesideTheFields() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/audits/7/statements/" + NUMBER + "/response").with(SignedIn.as(lead()))
						.with(csrf())
						.param("decision", "PROPOSE")
						.param("response", "")
						.param("score", "9"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "response", "Enter your answer to the challenge");
		Pages.assertFieldError(page, "score", "Choose the score you propose, from 0 to 4");
		verify(this.qa, never()).proposeOtherScore(any(), any(), anyString(), any(), any());
	}

	@Test
	void reviewersCannotAnswerTheirOwnChallenge() throws Exception {
		this.mvc
			.perform(post("/audits/7/statements/" + NUMBER + "/response").with(SignedIn.as(reviewer()))
				.with(csrf())
				.param("decision", "ACCEPT"))
			.andExpect(status().isForbidden());
		verify(this.qa, never()).acceptChallenge(any(), any(), anyString());
	}

	@Test
	void theRemainingStatementsAreConfirmedInOneGo() throws Exception {
		this.mvc.perform(post("/audits/7/qa/confirm-remaining").with(SignedIn.as(reviewer())).with(csrf()))
			.andExpect(redirectedUrl("/audits/7/qa"))
			.andExpect(flash().attribute("success", "selfaudit.review.confirmedRemaining"));
		verify(this.qa).confirmRemaining(any(), eq(this.audit));
	}

	@Test
	void confirmingTheRemainderOutsideQaShowsWhyNotAServerError() throws Exception {
		given(this.qa.confirmRemaining(any(), eq(this.audit)))
			.willThrow(new AuditRuleException("selfaudit.qa.notInQa", "not in QA"));
		Document page = Pages
			.parse(this.mvc.perform(post("/audits/7/qa/confirm-remaining").with(SignedIn.as(reviewer())).with(csrf()))
				.andExpect(status().isConflict()));
		assertThat(page.select("main").text()).contains("This audit is not in QA, so that cannot be done now.");
	}

	@Test
	void theHistoryPageRenders() throws Exception {
		given(this.selfAudits.history(this.audit)).willReturn(List.of());
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/history").with(SignedIn.as(lead()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Score history");
	}

	@Test
	void theReviewFormShowsTheStatement() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get(review()).with(SignedIn.as(reviewer()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Review statement " + NUMBER);
		assertThat(page.select("main").text()).contains(FRAMEWORK.statements().get(0).text());
	}

	@Test
	void theRemainingStatementsAreShownBeforeTheyAreConfirmed() throws Exception {
		AuditStatement statement = this.selfAudits.statements(this.audit).get(NUMBER);
		given(this.qa.notReviewed(this.audit)).willReturn(List.of(statement));
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/qa/confirm-remaining").with(SignedIn.as(reviewer())))
				.andExpect(status().isOk()));
		assertThat(page.select("main").text()).contains(NUMBER);
		verify(this.qa, never()).confirmRemaining(any(), any());
	}

}
