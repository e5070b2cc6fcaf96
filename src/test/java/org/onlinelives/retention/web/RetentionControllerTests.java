package org.onlinelives.retention.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.retention.DueRecord;
import org.onlinelives.retention.RecordType;
import org.onlinelives.retention.RetentionPeriod;
import org.onlinelives.retention.RetentionService;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RetentionWebSlice
class RetentionControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionService retention;

	@BeforeEach
	void theSchedule() {
		Map<RecordType, RetentionPeriod> schedule = new LinkedHashMap<>();
		schedule.put(RecordType.YOUNG_PERSON, new RetentionPeriod(RecordType.YOUNG_PERSON, 6, 25));
		schedule.put(RecordType.AUDIT, new RetentionPeriod(RecordType.AUDIT, 6, null));
		schedule.put(RecordType.ACCESS_LOG, new RetentionPeriod(RecordType.ACCESS_LOG, 6, null));
		given(this.retention.schedule(any())).willReturn(schedule);
	}

	@Test
	void thePageShowsWhatFallsDueAndTheScheduleForAnAdministrator() throws Exception {
		given(this.retention.upcoming(any())).willReturn(List.of(new DueRecord(RecordType.YOUNG_PERSON, 42L, 5L,
				"Riverside Academy", "YP-42", LocalDate.of(2020, 1, 2), LocalDate.of(2026, 1, 2))));
		Document page = Pages.parse(
				this.mvc.perform(get("/retention").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN))))
					.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Retention and legal hold");
		assertThat(page.select("table").first().text()).contains("Riverside Academy").contains("2 January 2026");
		assertThat(page.getElementById("youngPersonYears").val()).isEqualTo("6");
		assertThat(page.getElementById("youngPersonUntilAge").val()).isEqualTo("25");
	}

	@Test
	void practitionersCannotSeeRetention() throws Exception {
		this.mvc.perform(get("/retention").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		verify(this.retention, never()).upcoming(any());
	}

	@Test
	void aValidScheduleIsSaved() throws Exception {
		this.mvc
			.perform(post("/retention/schedule").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("youngPersonYears", " 7 ")
				.param("youngPersonUntilAge", "")
				.param("auditYears", "10")
				.param("accessLogYears", "3"))
			.andExpect(redirectedUrl("/retention"))
			.andExpect(flash().attribute("success", "retention.saved"));
		verify(this.retention).changeSchedule(any(),
				org.mockito.ArgumentMatchers.eq(List.of(new RetentionPeriod(RecordType.YOUNG_PERSON, 7, null),
						new RetentionPeriod(RecordType.AUDIT, 10, null),
						new RetentionPeriod(RecordType.ACCESS_LOG, 3, null))));
	}

	@Test
	void unreadableAndOutOfRangeNumbersAreShownBesideTheirFields() throws Exception {
		Document page = Pages
			.parse(this.mvc
				.perform(post("/retention/schedule").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
					.with(csrf())
					.param("youngPersonYears", "six")
					.param("youngPersonUntilAge", "12")
					.param("auditYears", "0")
					.param("accessLogYears", "101"))
				.andExpect(status().isOk()));
		Pages.assertFieldError(page, "youngPersonYears", "Enter a whole number of years from 1 to 100");
		Pages.assertFieldError(page, "youngPersonUntilAge", "Enter an age from 18 to 100, or leave it empty");
		Pages.assertFieldError(page, "auditYears", "Enter a whole number of years from 1 to 100");
		Pages.assertFieldError(page, "accessLogYears", "Enter a whole number of years from 1 to 100");
		assertThat(page.getElementById("youngPersonYears").val()).isEqualTo("six");
		verify(this.retention, never()).changeSchedule(any(), anyList());
	}

	@Test
	void missingNumbersAreShownBesideTheirFields() throws Exception {
		Document page = Pages
			.parse(this.mvc
				.perform(post("/retention/schedule").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
					.with(csrf()))
				.andExpect(status().isOk()));
		Pages.assertFieldError(page, "youngPersonYears", "Enter a whole number of years from 1 to 100");
		verify(this.retention, never()).changeSchedule(any(), anyList());
	}

	@Test
	void changingTheScheduleWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/retention/schedule").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.param("youngPersonYears", "7")
				.param("auditYears", "10")
				.param("accessLogYears", "3"))
			.andExpect(status().isForbidden());
		verify(this.retention, never()).changeSchedule(any(), anyList());
	}

	@Test
	void agencyLeadsCannotChangeTheSchedule() throws Exception {
		this.mvc
			.perform(post("/retention/schedule").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
				.with(csrf())
				.param("youngPersonYears", "7")
				.param("auditYears", "10")
				.param("accessLogYears", "3"))
			.andExpect(status().isForbidden());
		verify(this.retention, never()).changeSchedule(any(), anyList());
	}

	@Test
	void aScheduleTheServiceRefusesIsForbiddenNotAServerError() throws Exception {
		willThrow(new AccessDeniedException("Only administrators set the retention schedule")).given(this.retention)
			.changeSchedule(any(), anyList());
		this.mvc
			.perform(post("/retention/schedule").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("youngPersonYears", "7")
				.param("auditYears", "10")
				.param("accessLogYears", "3"))
			.andExpect(status().isForbidden());
	}

}
