package org.onlinelives.retention.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.retention.HeldRecord;
import org.onlinelives.retention.RecordType;
import org.onlinelives.retention.RetentionService;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RetentionWebSlice
class LegalHoldControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionService retention;

	@Test
	void aHoldIsPlacedOnTheChosenRecordWithTheTypedReason() throws Exception {
		given(this.retention.findForHold(any(), eq(RecordType.YOUNG_PERSON), eq(42L)))
			.willReturn(new HeldRecord(RecordType.YOUNG_PERSON, 42L, 5L, "Riverside Academy", "YP-42"));
		this.mvc
			.perform(post("/retention/holds").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("type", "YOUNG_PERSON")
				.param("recordId", " 42 ")
				.param("reason", "Needed for a court case"))
			.andExpect(redirectedUrl("/retention"));
		verify(this.retention).placeHold(any(), eq(RecordType.YOUNG_PERSON), eq(42L), eq("Needed for a court case"));
	}

	@Test
	void missingAndUnreadableValuesAreShownBesideTheirFields() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/retention/holds").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("type", "SPACESHIP")
						.param("recordId", "forty-two")
						.param("reason", " "))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "type", "Select the type of record");
		Pages.assertFieldError(page, "recordId", "Enter the record number as digits, for example 42");
		Pages.assertFieldError(page, "reason", "Enter the reason for the hold");
		assertThat(page.getElementById("recordId").val()).isEqualTo("forty-two");
		Pages.assertLabelledAndUnique(page);
		verify(this.retention, never()).placeHold(any(), any(), anyLong(), anyString());
	}

	@Test
	void aRecordTheUserCannotSeeIsReportedBesideItsNumber() throws Exception {
		given(this.retention.findForHold(any(), any(), anyLong()))
			.willThrow(new RecordNotFoundException("young person", 99L));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/retention/holds").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
						.with(csrf())
						.param("type", "YOUNG_PERSON")
						.param("recordId", "99")
						.param("reason", "Needed for a court case"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "recordId", "There is no record of that type and number that you can put on hold");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		verify(this.retention, never()).placeHold(any(), any(), anyLong(), anyString());
	}

	@Test
	void anAgencyLeadCannotHoldAnAudit() throws Exception {
		given(this.retention.findForHold(any(), any(), anyLong()))
			.willReturn(new HeldRecord(RecordType.AUDIT, 3L, 5L, "Riverside Academy", "Audit 3"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/retention/holds").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
						.with(csrf())
						.param("type", "AUDIT")
						.param("recordId", "3")
						.param("reason", "Needed for a court case"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "type", "Select the type of record");
		verify(this.retention, never()).placeHold(any(), any(), anyLong(), anyString());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/retention/holds").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.param("type", "YOUNG_PERSON")
				.param("recordId", "42")
				.param("reason", "Needed for a court case"))
			.andExpect(status().isForbidden());
		verify(this.retention, never()).placeHold(any(), any(), anyLong(), anyString());
	}

	@Test
	void practitionersCannotPlaceHolds() throws Exception {
		this.mvc
			.perform(post("/retention/holds").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
				.with(csrf())
				.param("type", "YOUNG_PERSON")
				.param("recordId", "42")
				.param("reason", "Needed for a court case"))
			.andExpect(status().isForbidden());
		verify(this.retention, never()).placeHold(any(), any(), anyLong(), anyString());
	}

}
