package org.onlinelives.selfaudit.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.SelfAudits;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.cycle;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.lead;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.practitioner;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.served;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class AuditsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	@Test
	void theListShowsTheCyclesOpenToTheAgency() throws Exception {
		given(this.selfAudits.cyclesForAgency(any())).willReturn(List.of(cycle()));
		Document page = Pages
			.parse(this.mvc.perform(get("/audits").with(SignedIn.as(lead()))).andExpect(status().isOk()));
		assertThat(page.select("main").text()).contains("Autumn 2026");
	}

	@Test
	void aLeadStartsTheAuditOfTheChosenCycle() throws Exception {
		Audit audit = served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		given(this.selfAudits.start(any(), eq(5L))).willReturn(audit);
		this.mvc.perform(post("/audits").with(SignedIn.as(lead())).with(csrf()).param("cycleId", "5"))
			.andExpect(redirectedUrl("/audits/7"));
		verify(this.selfAudits).start(any(), eq(5L));
	}

	@Test
	void aCycleTheAgencyMayNotStartIsRefusedWithTheReason() throws Exception {
		given(this.selfAudits.start(any(), anyLong()))
			.willThrow(new AuditRuleException("selfaudit.audit.notInCycle", "not in cycle"));
		Document page = Pages
			.parse(this.mvc.perform(post("/audits").with(SignedIn.as(lead())).with(csrf()).param("cycleId", "5"))
				.andExpect(status().isConflict()));
		assertThat(page.select("main").text()).contains("This audit cycle was not opened for your agency.");
	}

	@Test
	void anUnreadableCycleIsNotAServerError() throws Exception {
		int status = this.mvc.perform(post("/audits").with(SignedIn.as(lead())).with(csrf()).param("cycleId", "five"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isBetween(400, 499);
		verify(this.selfAudits, never()).start(any(), eq(5L));
	}

	@Test
	void startingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/audits").with(SignedIn.as(lead())).param("cycleId", "5"))
			.andExpect(status().isForbidden());
		verify(this.selfAudits, never()).start(any(), anyLong());
	}

	@Test
	void practitionersCannotStartAnAudit() throws Exception {
		this.mvc.perform(post("/audits").with(SignedIn.as(practitioner())).with(csrf()).param("cycleId", "5"))
			.andExpect(status().isForbidden());
		verify(this.selfAudits, never()).start(any(), anyLong());
	}

	@Test
	void theOverviewShowsWhoseAuditItIs() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7").with(SignedIn.as(practitioner()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).contains("Riverside Academy");
	}

	@Test
	void aNonNumericAuditIdIsNotFoundOrBadNotAServerError() throws Exception {
		int status = this.mvc.perform(get("/audits/seven").with(SignedIn.as(lead())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a non-numeric id is not found").isEqualTo(404);
	}

	@Test
	void analystsCannotOpenAnAgencysAudit() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		this.mvc.perform(get("/audits/7").with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCompleteAuditIsSubmittedAndTheLeadAskedForFeedback() throws Exception {
		Audit audit = served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		this.mvc.perform(post("/audits/7/submit").with(SignedIn.as(lead())).with(csrf()))
			.andExpect(redirectedUrl("/audits/7/feedback"))
			.andExpect(flash().attribute("success", "selfaudit.submit.done"));
		verify(this.selfAudits).submit(any(), eq(audit));
	}

	@Test
	void anIncompleteAuditIsNotSubmittedAndThePageSaysHowFarItGot() throws Exception {
		Audit audit = served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		willThrow(new AuditRuleException("selfaudit.submit.incomplete", "3 of 36", 3L, 36)).given(this.selfAudits)
			.submit(any(), eq(audit));
		Document page = Pages.parse(this.mvc.perform(post("/audits/7/submit").with(SignedIn.as(lead())).with(csrf()))
			.andExpect(status().isOk()));
		assertThat(page.select("main").text()).contains("Score every statement before submitting: 3 of 36 are scored");
	}

	@Test
	void submittingWithoutTheCsrfTokenIsRefused() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		this.mvc.perform(post("/audits/7/submit").with(SignedIn.as(lead()))).andExpect(status().isForbidden());
		verify(this.selfAudits, never()).submit(any(), any());
	}

	@Test
	void theLeadOfAnotherAgencyCannotSubmitTheAudit() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		this.mvc
			.perform(post("/audits/7/submit").with(SignedIn.as(People.person(1L, 9L, Role.AGENCY_LEAD))).with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.selfAudits, never()).submit(any(), any());
	}

	@Test
	void theLeadChecksTheAnswersBeforeSubmitting() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/submit").with(SignedIn.as(lead()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Check your answers before submitting");
	}

	@Test
	void aSecondSubmissionSaysItIsAlreadyDone() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		this.mvc.perform(post("/audits/7/submit").with(SignedIn.as(lead())).with(csrf()))
			.andExpect(redirectedUrl("/audits/7"))
			.andExpect(flash().attribute("notice", "selfaudit.submit.already"));
		verify(this.selfAudits, never()).submit(any(), any());
	}

}
