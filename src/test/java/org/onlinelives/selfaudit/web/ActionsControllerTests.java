package org.onlinelives.selfaudit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.platform.people.PeopleDirectory.PersonName;
import org.onlinelives.platform.people.Role;
import org.onlinelives.selfaudit.audit.ActionEscalations;
import org.onlinelives.selfaudit.audit.ActionPlans;
import org.onlinelives.selfaudit.audit.ActionPlans.ActionDetails;
import org.onlinelives.selfaudit.audit.ActionStatus;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAction;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.onlinelives.selfaudit.scoring.ProposedAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.NOW;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.lead;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.practitioner;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.served;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.FRAMEWORK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class ActionsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	ActionPlans actionPlans;

	@Autowired
	ActionEscalations escalations;

	private Audit audit;

	private AuditAction action;

	@BeforeEach
	void aSubmittedAuditWithOneAction() {
		this.audit = served(this.selfAudits, 7L, AuditStatus.SUBMITTED);
		this.action = AuditAction.add(this.audit, "1.2", "Train staff on sextortion", 40L, LocalDate.of(2026, 1, 31),
				ActionStatus.IN_PROGRESS, "Two sessions booked", NOW);
		ReflectionTestUtils.setField(this.action, "id", 11L);
		ReflectionTestUtils.setField(this.action, "version", 3L);
		given(this.actionPlans.planFor(this.audit)).willReturn(List.of(this.action));
		given(this.actionPlans.action(this.audit, 11L)).willReturn(this.action);
		given(this.actionPlans.possibleOwners(this.audit)).willReturn(List.of(new PersonName(40L, "Sam Owner", true)));
		given(this.actionPlans.isOfAgency(any(), eq(this.audit), eq(40L))).willReturn(true);
		given(this.escalations.followUps(anyLong(), any())).willReturn(Map.of());
		given(this.selfAudits.nameOf(this.audit, 40L)).willReturn("Sam Owner");
	}

	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
		return form(request, "Train staff on sextortion", "40", "NOT_STARTED");
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String description,
			String ownerId, String status) {
		return request.param("statementNumber", "1.2")
			.param("description", description)
			.param("ownerId", ownerId)
			.param("dueDate", "2027-03-31")
			.param("status", status)
			.param("progressNotes", "");
	}

	@Test
	void thePlanListsTheActionsWithOwnerAndOverdueTag() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/audits/7/actions").with(SignedIn.as(practitioner())))
			.andExpect(status().isOk()));
		String main = page.select("main").text();
		assertThat(main).contains("Train staff on sextortion").contains("Sam Owner").contains("Overdue");
	}

	@Test
	void analystsCannotSeeAnAgencysActionPlan() throws Exception {
		this.mvc.perform(get("/audits/7/actions").with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aValidActionIsAddedWithTheTypedDetails() throws Exception {
		this.mvc.perform(valid(post("/audits/7/actions")).with(SignedIn.as(lead())).with(csrf()))
			.andExpect(redirectedUrl("/audits/7/actions"))
			.andExpect(flash().attribute("success", "selfaudit.actions.added"));
		verify(this.actionPlans).add(any(), eq(this.audit), eq("1.2"), eq(new ActionDetails("Train staff on sextortion",
				40L, LocalDate.of(2027, 3, 31), ActionStatus.NOT_STARTED, "")));
	}

	@Test
	void unreadableAndOversizedValuesAreShownBesideTheirFields() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/audits/7/actions").with(SignedIn.as(lead()))
						.with(csrf())
						.param("description", "x".repeat(AuditAction.MAX_DESCRIPTION + 1))
						.param("ownerId", "someone")
						.param("dueDate", "31 March")
						.param("status", "FINISHED")
						.param("progressNotes", "n".repeat(AuditAction.MAX_NOTES + 1)))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "description", "The action must be 1,000 characters or fewer");
		Pages.assertFieldError(page, "dueDate", "Enter the due date as a real date, for example 2027-03-31");
		Pages.assertFieldError(page, "progressNotes", "Progress notes must be 4,000 characters or fewer");
		Pages.assertFieldError(page, "ownerId", "Choose an owner from your agency");
		assertThat(page.select(".govuk-error-summary").text()).contains("Choose the status of the action");
		verify(this.actionPlans, never()).add(any(), any(), any(), any());
	}

	@Test
	void aMissingDescriptionAndAnOwnerFromElsewhereAreRefused() throws Exception {
		given(this.actionPlans.isOfAgency(any(), eq(this.audit), eq(99L))).willReturn(false);
		Document page = Pages.parse(this.mvc
			.perform(form(post("/audits/7/actions"), "", "99", "NOT_STARTED").with(SignedIn.as(lead())).with(csrf()))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "description", "Enter what will be done");
		Pages.assertFieldError(page, "ownerId", "Choose an owner from your agency");
		verify(this.actionPlans, never()).add(any(), any(), any(), any());
	}

	@Test
	void aRefusalFromThePlanIsShownInTheErrorSummary() throws Exception {
		given(this.actionPlans.add(any(), any(), any(), any()))
			.willThrow(new AuditRuleException("selfaudit.actions.notSubmitted", "not submitted"));
		Document page = Pages
			.parse(this.mvc.perform(valid(post("/audits/7/actions")).with(SignedIn.as(lead())).with(csrf()))
				.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Actions are planned once the audit has been submitted.");
	}

	@Test
	void addingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(valid(post("/audits/7/actions")).with(SignedIn.as(lead()))).andExpect(status().isForbidden());
		verify(this.actionPlans, never()).add(any(), any(), any(), any());
	}

	@Test
	void practitionersCannotAddActions() throws Exception {
		this.mvc.perform(valid(post("/audits/7/actions")).with(SignedIn.as(practitioner())).with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.actionPlans, never()).add(any(), any(), any(), any());
	}

	@Test
	void theLeadOfAnotherAgencyCannotAddActions() throws Exception {
		this.mvc
			.perform(valid(post("/audits/7/actions")).with(SignedIn.as(People.person(1L, 9L, Role.AGENCY_LEAD)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.actionPlans, never()).add(any(), any(), any(), any());
	}

	@Test
	void aChangeIsSavedAgainstTheVersionTheLeadSaw() throws Exception {
		this.mvc
			.perform(form(post("/audits/7/actions/11"), "Train staff on sextortion", "40", "DONE")
				.with(SignedIn.as(lead()))
				.with(csrf())
				.param("version", "3"))
			.andExpect(redirectedUrl("/audits/7/actions"))
			.andExpect(flash().attribute("success", "selfaudit.actions.changed"));
		ArgumentCaptor<ActionDetails> details = ArgumentCaptor.forClass(ActionDetails.class);
		verify(this.actionPlans).change(any(), eq(this.audit), eq(11L), eq(3L), details.capture());
		assertThat(details.getValue().status()).isEqualTo(ActionStatus.DONE);
	}

	@Test
	void aChangeSomeoneElseMadeFirstIsShownNotSaved() throws Exception {
		org.mockito.BDDMockito.willThrow(new AuditRuleException("selfaudit.actions.changedByAnother", "stale"))
			.given(this.actionPlans)
			.change(any(), any(), anyLong(), any(), any());
		Document page = Pages.parse(this.mvc
			.perform(valid(post("/audits/7/actions/11")).with(SignedIn.as(lead())).with(csrf()).param("version", "2"))
			.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Someone else changed this action while you were working. Nothing was saved.");
		assertThat(page.getElementById("description").val()).isEqualTo("Train staff on sextortion");
	}

	@Test
	void aNonNumericActionIdIsNotAServerError() throws Exception {
		int status = this.mvc.perform(get("/audits/7/actions/eleven").with(SignedIn.as(lead())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a non-numeric id is not found").isEqualTo(404);
	}

	@Test
	void aNewActionForAProposalStartsFromTheProposedWords() throws Exception {
		given(this.actionPlans.proposals(eq(this.audit), any())).willReturn(List
			.of(new ProposedAction(FRAMEWORK.statement("1.2").orElseThrow(), 0, "Write an online safety policy")));
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/actions/new").param("statement", "1.2").with(SignedIn.as(lead())))
				.andExpect(status().isOk()));
		assertThat(page.getElementById("description").text()).isEqualTo("Write an online safety policy");
		assertThat(page.select("#ownerId option[value=40]").text()).isEqualTo("Sam Owner");
	}

	@Test
	void theEditFormShowsTheActionAsStored() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/actions/11").with(SignedIn.as(lead()))).andExpect(status().isOk()));
		assertThat(page.getElementById("description").text()).isEqualTo("Train staff on sextortion");
		assertThat(page.getElementById("progressNotes").text()).isEqualTo("Two sessions booked");
		assertThat(page.select("#ownerId option[selected]").val()).isEqualTo("40");
	}

}
