package org.onlinelives.selfaudit.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.results.PartnershipResults;
import org.onlinelives.selfaudit.scoring.RagBands;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.http.MediaType;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.scoring.AuditScores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.AGENCY;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.FRAMEWORK;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.admin;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.analyst;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.cycle;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.lead;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.served;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class PartnershipResultsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	PartnershipResultsPages results;

	@Autowired
	AccessLog accessLog;

	private AuditCycle aCycleWithResults() {
		AuditCycle cycle = cycle();
		given(this.selfAudits.cycles(any())).willReturn(List.of(cycle));
		Map<String, Integer> scores = new HashMap<>();
		FRAMEWORK.statements().forEach((statement) -> scores.put(statement.number(), 3));
		PartnershipResults results = PartnershipResults.of(FRAMEWORK, Map.of(AGENCY, "Riverside Academy"),
				Map.of(AGENCY, scores), new RagBands(40, 75));
		given(this.results.of(any(), eq(cycle))).willReturn(results);
		given(this.results.page(any(), eq(cycle)))
			.willReturn(new PartnershipResultsPages.CyclePage(results, List.of("Hillside Police")));
		given(this.results.seesAgencyNames(any())).willReturn(true);
		return cycle;
	}

	@Test
	void thePartnershipPageShowsTheCyclesResultsAndWhoHasNotSubmitted() throws Exception {
		aCycleWithResults();
		Document page = Pages
			.parse(this.mvc.perform(get("/audit-results").with(SignedIn.as(admin()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Partnership self-audit results");
		assertThat(page.select("main").text()).contains("Riverside Academy").contains("Hillside Police");
	}

	@Test
	void aCycleThatIsNotThePartnershipsShowsNoResults() throws Exception {
		aCycleWithResults();
		Document page = Pages
			.parse(this.mvc.perform(get("/audit-results").param("cycle", "x").with(SignedIn.as(analyst())))
				.andExpect(status().isOk()));
		assertThat(page.select("main").text()).doesNotContain("Riverside Academy");
		verify(this.results, never()).of(any(), any());
		verify(this.results, never()).page(any(), any());
	}

	@Test
	void theCsvExportIsADownloadAndIsLogged() throws Exception {
		AuditCycle cycle = aCycleWithResults();
		String csv = this.mvc.perform(get("/audit-results/export.csv").param("cycle", "5").with(SignedIn.as(analyst())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Autumn 2026").contains("Riverside Academy");
		verify(this.accessLog).record(any(), eq(AccessEvent.EXPORTED), eq("audit-cycle"), eq(cycle.getId()),
				eq("partnership results CSV"));
	}

	@Test
	void anExportOfACycleNotInThePartnershipIsNotFound() throws Exception {
		aCycleWithResults();
		this.mvc.perform(get("/audit-results/export.xlsx").param("cycle", "999").with(SignedIn.as(admin())))
			.andExpect(status().isNotFound());
		verify(this.accessLog, never()).record(any(), eq(AccessEvent.EXPORTED), anyString(), any(), anyString());
	}

	@Test
	void anExportWithoutACycleIsABadRequestNotAServerError() throws Exception {
		aCycleWithResults();
		this.mvc.perform(get("/audit-results/export.csv").with(SignedIn.as(admin())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void agencyLeadsCannotSeeThePartnershipsResults() throws Exception {
		aCycleWithResults();
		this.mvc.perform(get("/audit-results").with(SignedIn.as(lead()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit-results/export.csv").param("cycle", "5").with(SignedIn.as(lead())))
			.andExpect(status().isForbidden());
		verify(this.results, never()).of(any(), any());
		verify(this.results, never()).page(any(), any());
	}

	@Test
	void theXlsxExportIsASpreadsheetAndIsLogged() throws Exception {
		AuditCycle cycle = aCycleWithResults();
		byte[] body = this.mvc.perform(get("/audit-results/export.xlsx").param("cycle", "5").with(SignedIn.as(admin())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith((byte) 'P', (byte) 'K');
		verify(this.accessLog).record(any(), eq(AccessEvent.EXPORTED), eq("audit-cycle"), eq(cycle.getId()),
				eq("partnership results XLSX"));
	}

	@Test
	void anAgencyComparesItsAuditWithItsEarlierCyclesAndThePartnership() throws Exception {
		AuditCycle cycle = aCycleWithResults();
		var audit = served(this.selfAudits, 7L, AuditStatus.SIGNED_OFF);
		given(this.selfAudits.cycleOf(audit)).willReturn(cycle);
		Map<String, Integer> scores = new HashMap<>();
		FRAMEWORK.statements().forEach((statement) -> scores.put(statement.number(), 2));
		given(this.results.comparison(audit)).willReturn(List
			.of(new PartnershipResultsPages.ComparisonColumn("Autumn 2026", AuditScores.of(FRAMEWORK, scores), true)));
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/comparison").with(SignedIn.as(lead()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Comparison: Riverside Academy");
		assertThat(page.select("main").text()).contains("Autumn 2026");
	}

}
