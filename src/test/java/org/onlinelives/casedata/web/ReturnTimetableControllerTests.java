package org.onlinelives.casedata.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnFrequency;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CaseDataWebSlice
class ReturnTimetableControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataReturnService returns;

	private final User admin = People.person(1L, null, Role.PARTNERSHIP_ADMIN);

	@BeforeEach
	void today() {
		given(this.returns.today()).willReturn(LocalDate.of(2026, 6, 1));
		given(this.returns.timetable(any())).willReturn(Optional.empty());
	}

	@Test
	void theTimetableIsSetAsTyped() throws Exception {
		this.mvc
			.perform(post("/case-data/returns/timetable").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("frequency", "QUARTERLY")
				.param("firstMonth", "4")
				.param("firstYear", "2026")
				.param("dueDays", "30")
				.param("version", "3"))
			.andExpect(redirectedUrl("/case-data/partnership/returns"))
			.andExpect(flash().attribute("success", "returns.timetable.saved"));
		verify(this.returns).setTimetable(any(), eq(ReturnFrequency.QUARTERLY), eq(YearMonth.of(2026, 4)), eq(30),
				eq(3L));
	}

	@Test
	void valuesThatCannotBeReadAreShownBesideTheirFieldsAndNothingIsSet() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/case-data/returns/timetable").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("frequency", "FORTNIGHTLY")
						.param("firstMonth", "April")
						.param("firstYear", "2026")
						.param("dueDays", "thirty"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#frequency]").text())
			.isEqualTo("Select how often agencies send returns");
		assertThat(page.select(".govuk-error-summary a[href=#firstMonth]").text())
			.isEqualTo("The first month must be a real month, for example 4 2026");
		Pages.assertFieldError(page, "dueDays", "The number of days must be a whole number, for example 30");
		assertThat(page.getElementById("dueDays").val()).isEqualTo("thirty");
		verify(this.returns, never()).setTimetable(any(), any(), any(), any(), any());
	}

	@Test
	void theTimetablesOwnRulesAreShownAllAtOnce() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/case-data/returns/timetable").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("frequency", "MONTHLY")
						.param("firstMonth", "1")
						.param("firstYear", "2001")
						.param("dueDays", "500"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary a[href=#firstMonth]").text())
			.isEqualTo("The first period must start within the last 5 years or the next year");
		Pages.assertFieldError(page, "dueDays", "The number of days must be from 1 to 180");
		verify(this.returns, never()).setTimetable(any(), any(), any(), any(), any());
	}

	@Test
	void aTimetableWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/case-data/returns/timetable").with(SignedIn.as(this.admin))
				.param("frequency", "QUARTERLY")
				.param("firstMonth", "4")
				.param("firstYear", "2026")
				.param("dueDays", "30"))
			.andExpect(status().isForbidden());
		verify(this.returns, never()).setTimetable(any(), any(), any(), any(), any());
	}

	@Test
	void analystsAndAgencyLeadsCannotSetTheTimetable() throws Exception {
		for (User user : new User[] { People.person(1L, null, Role.ANALYST),
				People.person(1L, 5L, Role.AGENCY_LEAD) }) {
			this.mvc
				.perform(post("/case-data/returns/timetable").with(SignedIn.as(user))
					.with(csrf())
					.param("frequency", "QUARTERLY")
					.param("firstMonth", "4")
					.param("firstYear", "2026")
					.param("dueDays", "30"))
				.andExpect(status().isForbidden());
		}
		verify(this.returns, never()).setTimetable(any(), any(), any(), any(), any());
	}

}
