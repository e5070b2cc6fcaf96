package org.onlinelives.casedata.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.facts.CaseFactRebuild;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.EmergingPlatformFigures;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.PartnershipTable;
import org.onlinelives.casedata.figures.ReleasedFigures;
import org.onlinelives.casedata.returns.PartnershipPeriods;
import org.onlinelives.casedata.returns.ReturnPeriod;
import org.onlinelives.platform.accesslog.AccessLog;
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
class PartnershipFiguresControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFigures figures;

	@Autowired
	CaseFactRebuild rebuild;

	@Autowired
	CaseDataQuery cases;

	@Autowired
	AccessLog accessLog;

	@Autowired
	PartnershipPeriods periods;

	@Autowired
	EmergingPlatformFigures emerging;

	private static final ReturnPeriod QUARTER = new ReturnPeriod(YearMonth.of(2026, 10), YearMonth.of(2026, 12), 0);

	private final User admin = People.person(1L, null, Role.PARTNERSHIP_ADMIN);

	@BeforeEach
	void genders() {
		given(this.cases.genderCodes()).willReturn(List.of("GIRL_OR_WOMAN", "BOY_OR_MAN"));
	}

	@Test
	void anAdministratorRebuildsTheFiguresAndIsToldHowManyCasesWereKept() throws Exception {
		given(this.rebuild.rebuild(any())).willReturn(42);
		this.mvc.perform(post("/case-data/rebuild").with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/case-data/partnership"))
			.andExpect(flash().attribute("rebuilt", 42));
		verify(this.rebuild).rebuild(any());
	}

	@Test
	void aRebuildWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/case-data/rebuild").with(SignedIn.as(this.admin))).andExpect(status().isForbidden());
		verify(this.rebuild, never()).rebuild(any());
	}

	@Test
	void analystsReadTheFiguresButCannotRebuildThem() throws Exception {
		this.mvc
			.perform(post("/case-data/rebuild").with(SignedIn.as(People.person(1L, null, Role.ANALYST))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/case-data/partnership").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD))))
			.andExpect(status().isForbidden());
		verify(this.rebuild, never()).rebuild(any());
	}

	@Test
	void aPeriodNotOfferedIsShownAsAnErrorAndNoFiguresAreRead() throws Exception {
		given(this.periods.periods(any())).willReturn(List.of(QUARTER));
		given(this.periods.period(any(), eq("2026-08"))).willReturn(Optional.empty());
		Document page = Pages.parse(
				this.mvc.perform(get("/case-data/partnership").with(SignedIn.as(this.admin)).param("period", "2026-08"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#period]").text())
			.isEqualTo("Choose a return period from the list");
		assertThat(page.select("select#period option").eachAttr("value")).containsExactly("2026-10");
		verify(this.figures, never()).partnership(any(), any(), any(), any(), any(), any());
		verify(this.accessLog, never()).record(any(), any(), any(), any(), any());
	}

	@Test
	void theLatestPeriodIsShownWhenNoneIsChosenAndBreakdownLinksKeepThePeriod() throws Exception {
		given(this.periods.periods(any())).willReturn(List.of(QUARTER));
		given(this.periods.released(any(), eq(QUARTER))).willReturn(ReleasedFigures.none());
		given(this.figures.partnership(any(), eq(Breakdown.MONTH), any(), any(), any(), any()))
			.willReturn(new PartnershipTable(Breakdown.MONTH, List.of(), List.of(), null, 0, 2, 0));
		Document page = Pages.parse(this.mvc.perform(get("/case-data/partnership").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk()));
		verify(this.figures).partnership(any(), eq(Breakdown.MONTH),
				eq(new FigureFilter(YearMonth.of(2026, 10), YearMonth.of(2026, 12), null, null, true)), any(), any(),
				any());
		assertThat(page.select("select#period option[selected]").attr("value")).isEqualTo("2026-10");
		assertThat(page.select("a[href*=breakdown=age-band]").attr("href")).contains("period=2026-10");
		assertThat(page.text()).contains("2 agencies had fewer than 10 cases in the period");
		// emerging platforms are read only beside the platform breakdown
		verify(this.emerging, never()).partnership(any(), any(), any(), anyLong(), any(), any());
	}

	@Test
	void anExportForAPeriodNotOfferedIsABadRequest() throws Exception {
		given(this.periods.period(any(), eq("twenty"))).willReturn(Optional.empty());
		this.mvc
			.perform(get("/case-data/partnership/export.xlsx").with(SignedIn.as(this.admin)).param("period", "twenty"))
			.andExpect(status().isBadRequest());
		verify(this.figures, never()).partnership(any(), any(), any(), any(), any(), any());
		verify(this.accessLog, never()).record(any(), any(), any(), any(), any());
	}

}
