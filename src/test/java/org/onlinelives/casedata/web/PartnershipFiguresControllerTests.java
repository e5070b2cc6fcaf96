package org.onlinelives.casedata.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.facts.CaseFactRebuild;
import org.onlinelives.casedata.figures.CaseFigures;
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
	void aRangeTooLongAndUnknownCasesAreShownAndNoFiguresAreRead() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(get("/case-data/partnership").with(SignedIn.as(this.admin))
						.param("fromMonth", "1")
						.param("fromYear", "2001")
						.param("toMonth", "1")
						.param("toYear", "2026")
						.param("cases", "some"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#toMonth]").text())
			.isEqualTo("Choose a range of 10 years or less");
		assertThat(page.select(".govuk-error-summary a[href=#cases]").text()).isEqualTo("Select which cases to count");
		verify(this.figures, never()).partnership(any(), any(), any(), any());
		verify(this.accessLog, never()).record(any(), any(), any(), any(), any());
	}

	@Test
	void anExportWithFiltersThatCannotBeReadIsABadRequest() throws Exception {
		this.mvc
			.perform(get("/case-data/partnership/export.xlsx").with(SignedIn.as(this.admin))
				.param("fromMonth", "1")
				.param("fromYear", "twenty"))
			.andExpect(status().isBadRequest());
		verify(this.figures, never()).partnership(any(), any(), any(), any());
		verify(this.accessLog, never()).record(any(), any(), any(), any(), any());
	}

}
