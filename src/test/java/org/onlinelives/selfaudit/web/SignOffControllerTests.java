package org.onlinelives.selfaudit.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.AuditRuleException;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class SignOffControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditQa qa;

	@Autowired
	AuditViews views;

	private Audit inQa() {
		Audit audit = mock(Audit.class);
		given(audit.isReadOnly()).willReturn(false);
		given(this.qa.reviewable(any(), eq(8L))).willReturn(audit);
		return audit;
	}

	@Test
	void aConfirmedSignOffSignsTheAuditOff() throws Exception {
		Audit audit = inQa();
		this.mvc
			.perform(post("/audits/8/sign-off").with(SignedIn.as(People.person(1L, null, Role.QA_REVIEWER)))
				.with(csrf())
				.param("confirmed", "yes"))
			.andExpect(redirectedUrl("/audits/8/results"))
			.andExpect(flash().attribute("success", "selfaudit.signOff.done"));
		verify(this.qa).signOff(any(), eq(audit));
	}

	@Test
	void anUnconfirmedSignOffGoesBackToTheQuestion() throws Exception {
		inQa();
		this.mvc
			.perform(post("/audits/8/sign-off").with(SignedIn.as(People.person(1L, null, Role.QA_REVIEWER)))
				.with(csrf()))
			.andExpect(redirectedUrl("/audits/8/sign-off"));
		verify(this.qa, never()).signOff(any(), any());
	}

	@Test
	void anAuditAlreadySignedOffIsNotSignedOffAgain() throws Exception {
		Audit audit = mock(Audit.class);
		given(audit.isReadOnly()).willReturn(true);
		given(this.qa.reviewable(any(), anyLong())).willReturn(audit);
		this.mvc
			.perform(post("/audits/8/sign-off").with(SignedIn.as(People.person(1L, null, Role.QA_REVIEWER)))
				.with(csrf())
				.param("confirmed", "yes"))
			.andExpect(redirectedUrl("/audits/8/results"))
			.andExpect(flash().attribute("notice", "selfaudit.signOff.already"));
		verify(this.qa, never()).signOff(any(), any());
	}

	@Test
	void agreeingWhileStatementsAreOpenShowsWhyOnARefusalPage() throws Exception {
		Audit audit = inQa();
		willThrow(new AuditRuleException("selfaudit.agree.open", "3 statements are not yet agreed", 3)).given(this.qa)
			.agree(any(), eq(audit));
		Document page = Pages.parse(this.mvc
			.perform(post("/audits/8/agree").with(SignedIn.as(People.person(1L, null, Role.QA_REVIEWER))).with(csrf()))
			.andExpect(status().isConflict()));
		assertThat(page.select("h1").text()).isEqualTo("That change could not be made");
		assertThat(page.select("main p").first().text()).isEqualTo("3 statements are not yet agreed");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		inQa();
		this.mvc
			.perform(post("/audits/8/sign-off").with(SignedIn.as(People.person(1L, null, Role.QA_REVIEWER)))
				.param("confirmed", "yes"))
			.andExpect(status().isForbidden());
		verify(this.qa, never()).signOff(any(), any());
	}

	@Test
	void agencyLeadsCannotSignOffTheirOwnAudit() throws Exception {
		inQa();
		this.mvc
			.perform(post("/audits/8/sign-off").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
				.with(csrf())
				.param("confirmed", "yes"))
			.andExpect(status().isForbidden());
		verify(this.qa, never()).signOff(any(), any());
	}

}
