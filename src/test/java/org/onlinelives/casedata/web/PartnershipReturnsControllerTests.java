package org.onlinelives.casedata.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnViews;
import org.onlinelives.platform.people.Role;
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
class PartnershipReturnsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataReturnService returns;

	@Test
	void analystsSeeTheOverviewOfTheirPartnership() throws Exception {
		given(this.returns.overview(any())).willReturn(new ReturnViews.Overview(null, List.of()));
		Document page = Pages.parse(this.mvc
			.perform(get("/case-data/partnership/returns").with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isNotBlank();
		verify(this.returns).overview(any());
	}

	@Test
	void agencyLeadsAndPractitionersCannotSeeEveryAgencysReturns() throws Exception {
		this.mvc
			.perform(get("/case-data/partnership/returns").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/case-data/partnership/returns").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		verify(this.returns, never()).overview(any());
	}

}
