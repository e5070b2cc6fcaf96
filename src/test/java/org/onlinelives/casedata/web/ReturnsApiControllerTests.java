package org.onlinelives.casedata.web;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnViews;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.support.People;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

/**
 * The returns API through the API's own chain: analysts' bearer tokens, no CSRF or
 * session, problem JSON for refusals.
 */
@CaseDataWebSlice
class ReturnsApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	DataReturnService returns;

	@BeforeEach
	void tokens() {
		given(this.tokens.authenticate("ol_analyst")).willReturn(Optional.of(People.person(1L, null, Role.ANALYST)));
		given(this.tokens.authenticate("ol_lead")).willReturn(Optional.of(People.person(1L, 5L, Role.AGENCY_LEAD)));
	}

	@Test
	void anAnalystsTokenReadsThePeriodsAsJson() throws Exception {
		given(this.returns.overview(any())).willReturn(new ReturnViews.Overview(null, List.of()));
		this.mvc.perform(get("/api/v1/returns").header("Authorization", "Bearer ol_analyst"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.periods").isEmpty());
	}

	@Test
	void aReturnOutsideThePartnershipIsA404Problem() throws Exception {
		given(this.returns.find(any(), eq(99L))).willThrow(new RecordNotFoundException("data return", 99L));
		this.mvc.perform(get("/api/v1/returns/99").header("Authorization", "Bearer ol_analyst"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("There is no data return 99 in your partnership."));
		this.mvc.perform(get("/api/v1/returns/ninety-nine").header("Authorization", "Bearer ol_analyst"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void anAgencyLeadsTokenIsForbiddenAsProblemJson() throws Exception {
		this.mvc.perform(get("/api/v1/returns").header("Authorization", "Bearer ol_lead"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		verify(this.returns, never()).overview(any());
	}

	@Test
	void withoutATokenTheAnswerIs401() throws Exception {
		this.mvc.perform(get("/api/v1/returns")).andExpect(status().isUnauthorized());
		verify(this.returns, never()).overview(any());
	}

}
