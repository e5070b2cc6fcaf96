package org.onlinelives.casedata.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onlinelives.casedata.returns.DataReturn;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
class SubmittedReturnControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataReturnService returns;

	@Test
	void aReturnsCsvIsNamedForTheAgencyPeriodAndVersion() throws Exception {
		DataReturn dataReturn = mock(DataReturn.class);
		given(dataReturn.getAgencyId()).willReturn(5L);
		given(dataReturn.getFirstMonth()).willReturn(YearMonth.of(2026, 1));
		given(dataReturn.getReturnVersion()).willReturn(2);
		given(dataReturn.getFigures()).willReturn(List.of());
		given(this.returns.export(any(), eq(81L), eq("CSV"))).willReturn(dataReturn);
		given(this.returns.agencyName(any(), eq(5L))).willReturn("Riverside School");
		String csv = this.mvc
			.perform(get("/case-data/returns/81/export.csv").with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("data-return-5-2026-01-v2.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("Agency,Period from,Period to,Version");
	}

	@Test
	void aReturnOutsideThePersonsScopeIsNotFound() throws Exception {
		given(this.returns.find(any(), eq(99L))).willThrow(new RecordNotFoundException("data return", 99L));
		this.mvc.perform(get("/case-data/returns/99").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD))))
			.andExpect(status().isNotFound());
	}

	@Test
	void practitionersCannotReadDataReturns() throws Exception {
		this.mvc.perform(get("/case-data/returns/81").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					get("/case-data/returns/81/export.csv").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		verify(this.returns, never()).find(any(), anyLong());
		verify(this.returns, never()).export(any(), anyLong(), any());
	}

}
