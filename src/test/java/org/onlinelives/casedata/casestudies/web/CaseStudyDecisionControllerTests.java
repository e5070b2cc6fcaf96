package org.onlinelives.casedata.casestudies.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyRuleException;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.casedata.web.CaseDataWebSlice;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.anyBoolean;
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
 * The draft page's model is {@link DraftPage}'s (mocked here): it is shown as the
 * decision's binding in the real layout and error summary.
 */
@CaseDataWebSlice
class CaseStudyDecisionControllerTests {

	private static final String DECISION = "/case-studies/drafts/17/decision";

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseStudyWorkflow workflow;

	@Autowired
	DraftPage draftPage;

	private final User lead = People.person(1L, 5L, Role.AGENCY_LEAD);

	@BeforeEach
	void aDraft() {
		CaseStudy study = mock(CaseStudy.class);
		given(study.getVersion()).willReturn(6L);
		given(this.workflow.current(any(), eq(17L))).willReturn(new CaseStudyWorkflow.Draft(study, List.of()));
		given(this.draftPage.show(any(), any(), any())).willReturn("test/bound-decision");
	}

	@Test
	void anApprovalIsRecordedForTheVersionRead() throws Exception {
		this.mvc
			.perform(post(DECISION).with(SignedIn.as(this.lead))
				.with(csrf())
				.param("decision", "APPROVE")
				.param("version", "6"))
			.andExpect(redirectedUrl("/case-studies/drafts"))
			.andExpect(flash().attribute("success", "casestudy.approved"));
		verify(this.workflow).decide(any(), eq(17L), eq(6L), eq(true), any());
	}

	@Test
	void noDecisionChosenIsShownAndNothingIsDecided() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(post(DECISION).with(SignedIn.as(this.lead)).with(csrf()).param("decision", "MAYBE"))
				.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary a[href=#decision]").text())
			.isEqualTo("Select whether you approve this case study");
		verify(this.workflow, never()).decide(any(), anyLong(), any(), anyBoolean(), any());
	}

	@Test
	void aReturnTheWorkflowRefusesIsShownNotAServerError() throws Exception {
		given(this.workflow.decide(any(), eq(17L), any(), eq(false), any()))
			.willThrow(new CaseStudyRuleException("comment", "casestudy.decision.comment.required"));
		Document page = Pages.parse(
				this.mvc
					.perform(post(DECISION).with(SignedIn.as(this.lead))
						.with(csrf())
						.param("decision", "RETURN")
						.param("comment", " ")
						.param("version", "6"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary a[href=#comment]").text())
			.isEqualTo("Enter a comment saying what the author should change");
	}

	@Test
	void aDecisionWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post(DECISION).with(SignedIn.as(this.lead)).param("decision", "APPROVE"))
			.andExpect(status().isForbidden());
		verify(this.workflow, never()).decide(any(), anyLong(), any(), anyBoolean(), any());
	}

	@Test
	void practitionersAndAnalystsCannotDecide() throws Exception {
		for (User user : new User[] { People.person(1L, 5L, Role.PRACTITIONER),
				People.person(1L, null, Role.ANALYST) }) {
			this.mvc.perform(post(DECISION).with(SignedIn.as(user)).with(csrf()).param("decision", "APPROVE"))
				.andExpect(status().isForbidden());
		}
		verify(this.workflow, never()).decide(any(), anyLong(), any(), anyBoolean(), any());
	}

}
