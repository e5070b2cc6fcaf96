package org.onlinelives.casedata.casestudies.web;

import org.jsoup.nodes.Document;
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

@CaseDataWebSlice
class CaseStudyDraftsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseStudyWorkflow workflow;

	@Autowired
	DraftPage draftPage;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	@Test
	void aProposalStartsADraftFromTheTypedText() throws Exception {
		CaseStudy study = mock(CaseStudy.class);
		given(study.getId()).willReturn(17L);
		given(this.workflow.propose(any(), eq("CSC-117"), eq("Sextortion after a gaming contact"),
				eq("What happened.")))
			.willReturn(study);
		this.mvc
			.perform(post("/case-studies").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("caseReference", "CSC-117")
				.param("title", "Sextortion after a gaming contact")
				.param("narrative", "What happened."))
			.andExpect(redirectedUrl("/case-studies/drafts/17"))
			.andExpect(flash().attribute("success", "casestudy.proposed"));
	}

	@Test
	void theWorkflowsRefusalsAreShownBesideTheirFieldsWithTheTextKept() throws Exception {
		given(this.workflow.propose(any(), any(), any(), any())).willThrow(new CaseStudyRuleException(java.util.List.of(
				new CaseStudyRuleException.Problem("caseReference", "casestudy.caseReference.notFound"),
				new CaseStudyRuleException.Problem("title", "casestudy.title.tooLong", java.util.List.of(120)))));
		String title = "t".repeat(121);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/case-studies").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("caseReference", "NOT-OURS")
						.param("title", title)
						.param("narrative", "What happened."))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "caseReference",
				"Enter the case reference of a young person in your agency with a completed assessment");
		Pages.assertFieldError(page, "title", "Title must be 120 characters or fewer");
		assertThat(page.getElementById("title").val()).isEqualTo(title);
	}

	@Test
	void anEditChangedByAnotherMeanwhileIsShownNotSaved() throws Exception {
		CaseStudy study = mock(CaseStudy.class);
		given(study.getVersion()).willReturn(4L);
		given(this.workflow.current(any(), eq(17L)))
			.willReturn(new CaseStudyWorkflow.Draft(study, java.util.List.of()));
		given(this.workflow.edit(any(), eq(17L), eq(3L), any(), any()))
			.willThrow(new OptimisticLockingFailureException("stale"));
		given(this.draftPage.show(any(), any(), any())).willReturn("test/bound-form");
		Document page = Pages.parse(
				this.mvc
					.perform(post("/case-studies/drafts/17").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("title", "A title")
						.param("narrative", "Text")
						.param("version", "3"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Someone else changed this case study while you had it open");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc
			.perform(post("/case-studies").with(SignedIn.as(this.practitioner))
				.param("caseReference", "CSC-117")
				.param("title", "A title")
				.param("narrative", "Text"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/case-studies/drafts/17").with(SignedIn.as(this.practitioner)).param("title", "A title"))
			.andExpect(status().isForbidden());
		verify(this.workflow, never()).propose(any(), any(), any(), any());
		verify(this.workflow, never()).edit(any(), anyLong(), any(), any(), any());
	}

	@Test
	void onlyPractitionersProposeOrEditCaseStudies() throws Exception {
		User lead = People.person(1L, 5L, Role.AGENCY_LEAD);
		this.mvc
			.perform(post("/case-studies").with(SignedIn.as(lead))
				.with(csrf())
				.param("caseReference", "CSC-117")
				.param("title", "A title")
				.param("narrative", "Text"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/case-studies/drafts").with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isForbidden());
		verify(this.workflow, never()).propose(any(), any(), any(), any());
	}

}
