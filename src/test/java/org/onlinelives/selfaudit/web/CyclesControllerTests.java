package org.onlinelives.selfaudit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.platform.people.Role;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.audit.SelfAudits.CycleDetails;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class CyclesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	SelfAudits selfAudits;

	private static Agency agency(long id, String name) {
		Agency agency = Agency.create(1L, name, AgencyType.SCHOOL);
		ReflectionTestUtils.setField(agency, "id", id);
		return agency;
	}

	@Test
	void aValidCycleIsOpenedWithTheTypedDetails() throws Exception {
		AuditCycle cycle = AuditCycle.open(1L, "Self-audit 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
				LocalDate.of(2026, 12, 31), List.of(5L, 6L), "v1", 1L, Instant.EPOCH);
		ReflectionTestUtils.setField(cycle, "id", 42L);
		given(this.selfAudits.openCycle(any(), any())).willReturn(cycle);
		this.mvc
			.perform(post("/audit-cycles").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("name", "Self-audit 2026")
				.param("periodStart", "2026-04-01")
				.param("periodEnd", "2027-03-31")
				.param("deadline", "2026-12-31")
				.param("agencyIds", "5", "6"))
			.andExpect(redirectedUrl("/audit-cycles/42"));
		ArgumentCaptor<CycleDetails> details = ArgumentCaptor.forClass(CycleDetails.class);
		verify(this.selfAudits).openCycle(any(), details.capture());
		assertThat(details.getValue()).isEqualTo(new CycleDetails("Self-audit 2026", LocalDate.of(2026, 4, 1),
				LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 31), List.of(5L, 6L)));
	}

	@Test
	void missingAndUnreadableValuesAreShownBesideTheirFields() throws Exception {
		given(this.agencies.agenciesOf(anyLong()))
			.willReturn(List.of(agency(5L, "Riverside Academy"), agency(6L, "Hillside Police")));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/audit-cycles").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("name", "")
						.param("periodStart", "not a date")
						.param("periodEnd", "")
						.param("deadline", "2026-12-31"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "name", "Enter a name for the cycle, up to 200 characters");
		Pages.assertFieldError(page, "periodStart", "Enter the start of the period as a real date");
		Pages.assertFieldError(page, "periodEnd", "Enter the end of the period as a date");
		Pages.assertFieldError(page, "agencyIds", "Choose at least one agency");
		assertThat(page.select(".govuk-error-summary a[href=#deadline]")).isEmpty();
		assertThat(page.getElementById("deadline").val()).isEqualTo("2026-12-31");
		assertThat(page.select("input[name=agencyIds]")).hasSize(2);
		Pages.assertLabelledAndUnique(page);
		verify(this.selfAudits, never()).openCycle(any(), any());
	}

	@Test
	void aPeriodTheCycleRefusesIsShownBesideItsEnd() throws Exception {
		given(this.selfAudits.openCycle(any(), any())).willThrow(new AuditRuleException(
				"selfaudit.cycle.periodEnd.beforeStart", "The period must end on or after the day it starts"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/audit-cycles").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("name", "Self-audit 2026")
						.param("periodStart", "2026-04-01")
						.param("periodEnd", "2026-03-01")
						.param("deadline", "2026-12-31")
						.param("agencyIds", "5"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "periodEnd", "The end of the period must be the same as or after its start");
		assertThat(page.getElementById("name").val()).isEqualTo("Self-audit 2026");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/audit-cycles").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.param("name", "Self-audit 2026")
				.param("periodStart", "2026-04-01")
				.param("periodEnd", "2027-03-31")
				.param("deadline", "2026-12-31")
				.param("agencyIds", "5"))
			.andExpect(status().isForbidden());
		verify(this.selfAudits, never()).openCycle(any(), any());
	}

	@Test
	void agencyLeadsCannotOpenCycles() throws Exception {
		this.mvc
			.perform(post("/audit-cycles").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
				.with(csrf())
				.param("name", "Self-audit 2026")
				.param("periodStart", "2026-04-01")
				.param("periodEnd", "2027-03-31")
				.param("deadline", "2026-12-31")
				.param("agencyIds", "5"))
			.andExpect(status().isForbidden());
		verify(this.selfAudits, never()).openCycle(any(), any());
	}

}
