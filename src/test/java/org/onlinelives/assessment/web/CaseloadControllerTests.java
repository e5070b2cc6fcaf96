package org.onlinelives.assessment.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.youngpeople.CaseloadPage;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssessmentWebSlice
class CaseloadControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	YoungPeopleService youngPeople;

	@Test
	void aPractitionerSeesTheirOwnCaseloadUnlessTheyAskForTheAgencys() throws Exception {
		given(this.youngPeople.caseload(any(), anyBoolean(), anyInt()))
			.willReturn(new CaseloadPage(List.of(), 1, 1, 0));
		this.mvc.perform(get("/young-people").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isOk());
		verify(this.youngPeople).caseload(any(), eq(true), eq(1));
		this.mvc
			.perform(get("/young-people").param("show", "agency")
				.param("page", "3")
				.with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isOk());
		verify(this.youngPeople).caseload(any(), eq(false), eq(3));
	}

	@Test
	void anAgencyLeadSeesTheWholeAgencyAndAPageNumberThatIsNotANumberShowsTheFirstPage() throws Exception {
		given(this.youngPeople.caseload(any(), anyBoolean(), anyInt()))
			.willReturn(new CaseloadPage(List.of(), 1, 1, 0));
		Document page = Pages.parse(
				this.mvc
					.perform(get("/young-people").param("page", "two'; drop table")
						.with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD))))
					.andExpect(status().isOk()));
		verify(this.youngPeople).caseload(any(), eq(false), eq(1));
		assertThat(page.select("h1").text()).isNotBlank();
	}

	@Test
	void partnershipRolesHaveNoCaseload() throws Exception {
		for (Role role : new Role[] { Role.PARTNERSHIP_ADMIN, Role.ANALYST, Role.QA_REVIEWER }) {
			this.mvc.perform(get("/young-people").with(SignedIn.as(People.person(1L, null, role))))
				.andExpect(status().isForbidden());
		}
		verify(this.youngPeople, never()).caseload(any(), anyBoolean(), anyInt());
	}

}
