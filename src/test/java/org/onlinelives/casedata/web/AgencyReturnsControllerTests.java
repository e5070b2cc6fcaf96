package org.onlinelives.casedata.web;

import java.time.YearMonth;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.casedata.returns.DataReturn;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnPeriod;
import org.onlinelives.casedata.returns.ReturnRuleException;
import org.onlinelives.casedata.returns.ReturnStatus;
import org.onlinelives.casedata.returns.ReturnViews;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

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

@CaseDataWebSlice
class AgencyReturnsControllerTests {

	private static final String PERIOD = "/case-data/returns/periods/2026-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	DataReturnService returns;

	private final User lead = People.person(1L, 5L, Role.AGENCY_LEAD);

	private void aReview() {
		given(this.returns.review(any(), eq("2026-01")))
			.willReturn(new ReturnViews.Review(new ReturnPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 3), 30), true,
					ReturnStatus.values()[0], List.of(), List.of(), 5, false));
	}

	@Test
	void theReturnIsSubmittedWithTheCommentAndTheVersionReviewed() throws Exception {
		DataReturn submitted = mock(DataReturn.class);
		given(submitted.getId()).willReturn(81L);
		given(this.returns.submit(any(), eq("2026-01"), eq("Two cases still being recorded"), eq(0)))
			.willReturn(submitted);
		this.mvc
			.perform(post(PERIOD).with(SignedIn.as(this.lead))
				.with(csrf())
				.param("comment", "Two cases still being recorded")
				.param("seenVersion", "0"))
			.andExpect(redirectedUrl("/case-data/returns/81"))
			.andExpect(flash().attribute("success", "returns.submitted"));
	}

	@Test
	void aCommentTheReturnRefusesIsShownBesideTheBoxWithTheReviewAgain() throws Exception {
		aReview();
		given(this.returns.submit(any(), any(), any(), any()))
			.willThrow(new ReturnRuleException("comment", "returns.comment.tooLong"));
		String typed = "c".repeat(2001);
		Document page = Pages.parse(
				this.mvc
					.perform(post(PERIOD).with(SignedIn.as(this.lead))
						.with(csrf())
						.param("comment", typed)
						.param("seenVersion", "0"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "comment", "Comment must be 2000 characters or fewer");
		assertThat(page.getElementById("comment").text()).isEqualTo(typed);
	}

	@Test
	void aVersionSentMeanwhileIsExplainedNotAServerError() throws Exception {
		aReview();
		given(this.returns.submit(any(), any(), any(), any()))
			.willThrow(new ReturnRuleException(null, "returns.submit.changedMeanwhile"));
		Document page = Pages.parse(
				this.mvc
					.perform(post(PERIOD).with(SignedIn.as(this.lead))
						.with(csrf())
						.param("comment", "Figures")
						.param("seenVersion", "not a version"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary").text())
			.contains("A version of this return was sent while you were reviewing it");
		verify(this.returns).submit(any(), eq("2026-01"), eq("Figures"), eq(null));
	}

	@Test
	void aReturnWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post(PERIOD).with(SignedIn.as(this.lead)).param("comment", "Figures"))
			.andExpect(status().isForbidden());
		verify(this.returns, never()).submit(any(), any(), any(), any());
	}

	@Test
	void onlyAgencyLeadsSubmitReturns() throws Exception {
		for (User user : new User[] { People.person(1L, 5L, Role.PRACTITIONER),
				People.person(1L, null, Role.PARTNERSHIP_ADMIN) }) {
			this.mvc.perform(post(PERIOD).with(SignedIn.as(user)).with(csrf()).param("comment", "Figures"))
				.andExpect(status().isForbidden());
		}
		verify(this.returns, never()).submit(any(), any(), any(), any());
	}

}
