package org.onlinelives.selfaudit.web;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.selfaudit.audit.ActionEscalations;
import org.onlinelives.selfaudit.audit.ActionStatus;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAction;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.NOW;
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
class EscalationControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	ActionEscalations escalations;

	private Audit audit;

	@BeforeEach
	void anActionTheLeadMayEscalate() {
		this.audit = served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		AuditAction action = AuditAction.add(this.audit, "1.2", "Train staff on sextortion", null,
				LocalDate.of(2027, 1, 31), ActionStatus.IN_PROGRESS, "", NOW);
		ReflectionTestUtils.setField(action, "id", 11L);
		ReflectionTestUtils.setField(action, "version", 0L);
		given(this.escalations.escalatable(any(), eq(this.audit), eq(11L))).willReturn(action);
	}

	@Test
	void theFormAsksWhyThePartnershipShouldAct() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/audits/7/actions/11/escalation").with(SignedIn.as(lead())))
			.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Escalate to the partnership plan");
		assertThat(page.select("main").text()).contains("Train staff on sextortion");
	}

	@Test
	void aReasonedEscalationIsSent() throws Exception {
		this.mvc
			.perform(post("/audits/7/actions/11/escalation").with(SignedIn.as(lead()))
				.with(csrf())
				.param("reason", "Needs training across agencies"))
			.andExpect(redirectedUrl("/audits/7/actions/11"))
			.andExpect(flash().attribute("success", "selfaudit.escalation.sent"));
		verify(this.escalations).escalate(any(), eq(this.audit), eq(11L), eq("Needs training across agencies"));
	}

	@Test
	void aMissingReasonIsShownBesideTheField() throws Exception {
		willThrow(new AuditRuleException("selfaudit.escalation.reason.required", "no reason")).given(this.escalations)
			.escalate(any(), any(), anyLong(), eq(""));
		Document page = Pages.parse(this.mvc
			.perform(post("/audits/7/actions/11/escalation").with(SignedIn.as(lead())).with(csrf()).param("reason", ""))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "reason", "Say why the partnership needs to act");
	}

	@Test
	void anOversizedReasonIsShownBesideTheFieldWithWhatWasTyped() throws Exception {
		String reason = "r".repeat(AuditAction.MAX_ESCALATION_REASON + 1);
		willThrow(new AuditRuleException("selfaudit.escalation.reason.tooLong", "too long")).given(this.escalations)
			.escalate(any(), any(), anyLong(), eq(reason));
		Document page = Pages.parse(this.mvc.perform(
				post("/audits/7/actions/11/escalation").with(SignedIn.as(lead())).with(csrf()).param("reason", reason))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "reason", "The reason must be 1,000 characters or fewer");
		assertThat(page.getElementById("reason").text()).isEqualTo(reason);
	}

	@Test
	void anActionAlreadyEscalatedIsRefusedInTheSummary() throws Exception {
		willThrow(new AuditRuleException("selfaudit.escalation.already", "already")).given(this.escalations)
			.escalate(any(), any(), anyLong(), any());
		Document page = Pages.parse(this.mvc.perform(
				post("/audits/7/actions/11/escalation").with(SignedIn.as(lead())).with(csrf()).param("reason", "Again"))
			.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text()).contains("This action has already been escalated.");
	}

	@Test
	void escalatingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/audits/7/actions/11/escalation").with(SignedIn.as(lead())).param("reason", "Why"))
			.andExpect(status().isForbidden());
		verify(this.escalations, never()).escalate(any(), any(), anyLong(), any());
	}

	@Test
	void practitionersCannotEscalate() throws Exception {
		this.mvc
			.perform(post("/audits/7/actions/11/escalation").with(SignedIn.as(practitioner()))
				.with(csrf())
				.param("reason", "Why"))
			.andExpect(status().isForbidden());
		verify(this.escalations, never()).escalate(any(), any(), anyLong(), any());
	}

	@Test
	void aNonNumericActionIdIsNotAServerError() throws Exception {
		int status = this.mvc
			.perform(post("/audits/7/actions/eleven/escalation").with(SignedIn.as(lead()))
				.with(csrf())
				.param("reason", "Why"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a non-numeric id is not found").isEqualTo(404);
		verify(this.escalations, never()).escalate(any(), any(), anyLong(), any());
	}

}
