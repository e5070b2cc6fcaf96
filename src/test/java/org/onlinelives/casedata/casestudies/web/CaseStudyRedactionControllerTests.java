package org.onlinelives.casedata.casestudies.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyRuleException;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.casedata.casestudies.IdentifierKind;
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

/**
 * The draft page's model is {@link DraftPage}'s (mocked here): it is shown as the text
 * form's binding in the real layout and error summary.
 */
@CaseDataWebSlice
class CaseStudyRedactionControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseStudyWorkflow workflow;

	@Autowired
	DraftPage draftPage;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	@BeforeEach
	void aDraft() {
		CaseStudy study = mock(CaseStudy.class);
		given(study.getVersion()).willReturn(6L);
		given(study.getTitle()).willReturn("A title");
		given(study.getNarrative()).willReturn("Text");
		given(study.getId()).willReturn(17L);
		given(this.workflow.current(any(), eq(17L))).willReturn(new CaseStudyWorkflow.Draft(study, List.of()));
		given(this.draftPage.show(any(), any(), any())).willReturn("test/bound-form");
	}

	@Test
	void theFoundTextIsRedactedInTheVersionRead() throws Exception {
		this.mvc
			.perform(post("/case-studies/drafts/17/redact").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("text", "Riverside Academy")
				.param("version", "6"))
			.andExpect(redirectedUrl("/case-studies/drafts/17"))
			.andExpect(flash().attribute("success", "casestudy.redacted"));
		verify(this.workflow).redact(any(), eq(17L), eq(6L), eq("Riverside Academy"));
	}

	@Test
	void textNoLongerInTheDraftIsExplainedOnThePageNotAServerError() throws Exception {
		given(this.workflow.redact(any(), eq(17L), any(), any()))
			.willThrow(new CaseStudyRuleException(null, "casestudy.redact.notFound"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/case-studies/drafts/17/redact").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("text", "Gone")
						.param("version", "6"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("That text is no longer in the draft. Check the possible identifiers again.");
	}

	@Test
	void submittingWithFindingsUnresolvedOrAStaleVersionIsExplained() throws Exception {
		given(this.workflow.submit(any(), eq(17L), eq(6L)))
			.willThrow(new CaseStudyRuleException(null, "casestudy.submit.unresolved", 2));
		Document unresolved = Pages.parse(
				this.mvc
					.perform(post("/case-studies/drafts/17/submit").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("version", "6"))
					.andExpect(status().isOk()));
		assertThat(unresolved.select(".govuk-error-summary li")).hasSize(1);
		given(this.workflow.submit(any(), eq(17L), eq(5L))).willThrow(new OptimisticLockingFailureException("stale"));
		Document stale = Pages.parse(
				this.mvc
					.perform(post("/case-studies/drafts/17/submit").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("version", "5"))
					.andExpect(status().isOk()));
		assertThat(stale.select(".govuk-error-summary").text())
			.contains("Someone else changed this case study while you had it open");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc
			.perform(post("/case-studies/drafts/17/redact").with(SignedIn.as(this.practitioner))
				.param("text", "Riverside Academy")
				.param("version", "6"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/case-studies/drafts/17/submit").with(SignedIn.as(this.practitioner)).param("version", "6"))
			.andExpect(status().isForbidden());
		verify(this.workflow, never()).redact(any(), anyLong(), any(), any());
		verify(this.workflow, never()).submit(any(), anyLong(), any());
	}

	@Test
	void onlyTheAuthorsRoleRedactsOrSubmits() throws Exception {
		User lead = People.person(1L, 5L, Role.AGENCY_LEAD);
		this.mvc
			.perform(post("/case-studies/drafts/17/redact").with(SignedIn.as(lead))
				.with(csrf())
				.param("text", "Riverside Academy")
				.param("version", "6"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/case-studies/drafts/17/submit").with(SignedIn.as(lead)).with(csrf()).param("version", "6"))
			.andExpect(status().isForbidden());
		verify(this.workflow, never()).redact(any(), anyLong(), any(), any());
		verify(this.workflow, never()).submit(any(), anyLong(), any());
	}

	@Test
	void aFindingMarkedNotAnIdentifierIsDismissedWithTheReason() throws Exception {
		this.mvc
			.perform(post("/case-studies/drafts/17/not-identifier").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("kind", "NAME")
				.param("text", "Snapchat")
				.param("reason", "The name of an app, not a person")
				.param("version", "6"))
			.andExpect(redirectedUrl("/case-studies/drafts/17"))
			.andExpect(flash().attribute("success", "casestudy.dismissed"));
		verify(this.workflow).dismiss(any(), eq(17L), eq(6L), eq(IdentifierKind.NAME), eq("Snapchat"),
				eq("The name of an app, not a person"));
	}

	@Test
	void aReasonTheDraftRefusesIsShownBesideTheReasonWithTheTextKept() throws Exception {
		given(this.workflow.dismiss(any(), eq(17L), any(), any(), any(), any()))
			.willThrow(new CaseStudyRuleException("reason", "casestudy.dismiss.reason.tooLong", 500));
		String typed = "r".repeat(501);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/case-studies/drafts/17/not-identifier").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("kind", "NAME")
						.param("text", "Snapchat")
						.param("reason", typed)
						.param("version", "6"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "reason", "Reason must be 500 characters or fewer");
		assertThat(page.getElementById("reason").text()).isEqualTo(typed);
	}

	@Test
	void aDismissalWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/case-studies/drafts/17/not-identifier").with(SignedIn.as(this.practitioner))
				.param("kind", "NAME")
				.param("text", "Snapchat")
				.param("reason", "An app"))
			.andExpect(status().isForbidden());
		verify(this.workflow, never()).dismiss(any(), anyLong(), any(), any(), any(), any());
	}

}
