package org.onlinelives.casedata.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.YearMonth;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.Category;
import org.onlinelives.casedata.figures.EmergingPlatformFigures;
import org.onlinelives.casedata.figures.EmergingPlatforms;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.Figures;
import org.onlinelives.casedata.figures.PromptTimes;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
class AgencyDashboardControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFigures figures;

	@Autowired
	CaseDataQuery cases;

	@Autowired
	EmergingPlatformFigures emerging;

	@Autowired
	AccessLog accessLog;

	private final User lead = People.person(1L, 5L, Role.AGENCY_LEAD);

	@BeforeEach
	void genders() {
		given(this.cases.genderCodes()).willReturn(List.of("GIRL_OR_WOMAN", "BOY_OR_MAN"));
	}

	@Test
	void theExportHasTheAgencysCountsForTheChosenMonthsAndIsLogged() throws Exception {
		given(this.figures.ownAgency(any(), any())).willReturn(everyBreakdown());
		String csv = this.mvc
			.perform(get("/case-data/export.csv").with(SignedIn.as(this.lead))
				.param("fromMonth", "1")
				.param("fromYear", "2026")
				.param("toMonth", "3")
				.param("toYear", "2026")
				.param("cases", "all"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("2026-01,2026-03,All counted cases,")
			.endsWith(",Category A,3");
		assertThat(csv.lines().count()).isEqualTo(1 + Breakdown.values().length);
		verify(this.accessLog).record(any(), eq(AccessEvent.EXPORTED), eq("case data"), eq(5L),
				eq("agency figures CSV"));
	}

	@Test
	void theDashboardShowsTheAgencysFiguresForTheChosenMonthsAndTheViewIsLogged() throws Exception {
		given(this.figures.ownAgency(any(), any())).willReturn(everyBreakdown());
		given(this.figures.urgentPromptTimes(any(), any())).willReturn(new PromptTimes(4, 3, 20L, 48L));
		given(this.emerging.ownAgency(any(), eq(YearMonth.of(2026, 3)))).willReturn(
				new EmergingPlatforms(YearMonth.of(2025, 10), YearMonth.of(2026, 3), false, List.of(), List.of()));
		Document page = Pages.parse(
				this.mvc
					.perform(get("/case-data").with(SignedIn.as(this.lead))
						.param("fromMonth", "1")
						.param("fromYear", "2026")
						.param("toMonth", "3")
						.param("toYear", "2026"))
					.andExpect(status().isOk()));
		assertThat(page.title()).doesNotStartWith("Error: ");
		assertThat(page.text()).contains("January 2026").contains("March 2026").contains("Category A");
		assertThat(page.getElementById("fromMonth").val()).isEqualTo("1");
		verify(this.figures).ownAgency(any(),
				eq(new FigureFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 3), null, null, true)));
		verify(this.accessLog).record(any(), eq(AccessEvent.RECORD_VIEWED), eq("case data"), eq(5L),
				eq("agency dashboard"));
	}

	@Test
	void monthsThatAreNotMonthsAndUnknownChoicesAreShownAndNoFiguresAreRead() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(get("/case-data").with(SignedIn.as(this.lead))
						.param("fromMonth", "13")
						.param("fromYear", "2026")
						.param("toMonth", "March")
						.param("toYear", "2026")
						.param("gender", "SPACESHIP")
						.param("ageBand", "200-300"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#fromMonth]").text())
			.isEqualTo("Enter a month from 1 to 12 and a year from 2000 to 2100");
		assertThat(page.select(".govuk-error-summary a[href=#toMonth]").text())
			.isEqualTo("Enter a month from 1 to 12 and a year from 2000 to 2100");
		assertThat(page.select(".govuk-error-summary a[href=#gender]").text())
			.isEqualTo("Select a gender from the list");
		assertThat(page.select(".govuk-error-summary a[href=#ageBand]").text())
			.isEqualTo("Select an age band from the list");
		assertThat(page.getElementById("fromMonth-error").text())
			.contains("Enter a month from 1 to 12 and a year from 2000 to 2100");
		assertThat(page.getElementById("fromMonth").val()).isEqualTo("13");
		assertThat(page.getElementById("toMonth").val()).isEqualTo("March");
		verify(this.figures, never()).ownAgency(any(), any());
		verify(this.accessLog, never()).record(any(), any(), any(), any(), any());
	}

	@Test
	void aRangeEndingBeforeItStartsIsShownBesideTheLastMonth() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(get("/case-data").with(SignedIn.as(this.lead))
						.param("fromMonth", "6")
						.param("fromYear", "2026")
						.param("toMonth", "1")
						.param("toYear", "2026"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary a[href=#toMonth]").text())
			.isEqualTo("The last month must be the same as or after the first month");
		verify(this.figures, never()).ownAgency(any(), any());
	}

	@Test
	void anExportWithFiltersThatCannotBeReadIsABadRequestAndNotLogged() throws Exception {
		this.mvc.perform(get("/case-data/export.csv").with(SignedIn.as(this.lead)).param("fromMonth", "thirteen"))
			.andExpect(status().isBadRequest());
		verify(this.figures, never()).ownAgency(any(), any());
		verify(this.accessLog, never()).record(any(), eq(AccessEvent.EXPORTED), any(), any(), any());
	}

	@Test
	void onlyAnAgencysLeadReadsItsDashboard() throws Exception {
		this.mvc.perform(get("/case-data").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/case-data/export.csv").with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isForbidden());
		verify(this.figures, never()).ownAgency(any(), any());
	}

	/**
	 * One category with 3 cases under every breakdown, as the one-pass query returns
	 * them.
	 */
	private static Map<Breakdown, Figures> everyBreakdown() {
		Map<Breakdown, Figures> all = new java.util.EnumMap<>(Breakdown.class);
		for (Breakdown breakdown : Breakdown.values()) {
			all.put(breakdown,
					new Figures(breakdown, List.of(new Category("A", "Category A")), Map.of(5L, new long[] { 3 })));
		}
		return all;
	}

}
