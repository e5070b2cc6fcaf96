package org.onlinelives.strategy.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.strategy.report.BoardReport;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.strategy.web.StrategySliceFixtures.admin;
import static org.onlinelives.strategy.web.StrategySliceFixtures.analyst;
import static org.onlinelives.strategy.web.StrategySliceFixtures.lead;
import static org.onlinelives.strategy.web.StrategySliceFixtures.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link BoardReportController} (the board report PDF) and
 * {@link PointsOfContactController} (every agency's contact), the two read-only strategy
 * pages.
 */
@StrategyWebSlice
class BoardReportAndPointsOfContactControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BoardReport report;

	@Autowired
	AgencyDirectory agencies;

	private static Agency agency(long id, String name, String contact) {
		Agency agency = Agency.create(1L, name, AgencyType.SCHOOL);
		ReflectionTestUtils.setField(agency, "id", id);
		if (contact != null) {
			agency.recordOnlineSafetyContact(contact, "contact@example.org", "01632 960000");
		}
		return agency;
	}

	@Test
	void administratorsDownloadTheBoardReport() throws Exception {
		given(this.report.pdfFor(any())).willReturn(new byte[] { 37, 80, 68, 70 });
		this.mvc.perform(get("/plan/board-report.pdf").with(SignedIn.as(admin())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"online-safety-board-report.pdf\""))
			.andExpect(content().bytes(new byte[] { 37, 80, 68, 70 }));
	}

	@Test
	void agencyLeadsAndAnalystsCannotDownloadTheBoardReport() throws Exception {
		this.mvc.perform(get("/plan/board-report.pdf").with(SignedIn.as(lead()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/plan/board-report.pdf").with(SignedIn.as(analyst()))).andExpect(status().isForbidden());
		verify(this.report, never()).pdfFor(any());
	}

	@Test
	void everyoneSeesEachAgencysPointOfContact() throws Exception {
		given(this.agencies.agenciesOf(1L))
			.willReturn(List.of(agency(5L, "Riverside Academy", "Alex Contact"), agency(6L, "Hillside School", null)));
		Document page = Pages.parse(this.mvc.perform(get("/points-of-contact").with(SignedIn.as(practitioner())))
			.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Points of contact for online safety");
		assertThat(page.getElementById("points-of-contact").text()).contains("Riverside Academy")
			.contains("Alex Contact")
			.contains("Hillside School")
			.contains("Not named yet");
	}

	@Test
	void thePointsOfContactNeedASignedInPerson() throws Exception {
		int status = this.mvc.perform(get("/points-of-contact")).andReturn().getResponse().getStatus();
		assertThat(status).isIn(302, 401, 403);
		verify(this.agencies, never()).agenciesOf(anyLong());
	}

}
