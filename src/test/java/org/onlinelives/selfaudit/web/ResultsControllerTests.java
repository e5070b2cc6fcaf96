package org.onlinelives.selfaudit.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.scoring.RagBands;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.analyst;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.lead;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.served;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class ResultsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	RagSettings ragSettings;

	@Autowired
	AccessLog accessLog;

	@BeforeEach
	void bands() {
		given(this.ragSettings.bandsFor(1L)).willReturn(new RagBands(40, 75));
	}

	@Test
	void theResultsPageShowsTheAgencysResultsAndIsLogged() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SIGNED_OFF);
		Document page = Pages
			.parse(this.mvc.perform(get("/audits/7/results").with(SignedIn.as(lead()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Results: Riverside Academy");
		verify(this.accessLog).record(any(), eq(AccessEvent.RECORD_VIEWED), eq("audit"), eq(7L), eq("results"));
	}

	@Test
	void analystsCannotSeeOneAgencysResults() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SIGNED_OFF);
		this.mvc.perform(get("/audits/7/results").with(SignedIn.as(analyst()))).andExpect(status().isForbidden());
		verify(this.accessLog, never()).record(any(), any(), anyString(), any(), anyString());
	}

	@Test
	void aNonNumericAuditIdForResultsIsNotAServerError() throws Exception {
		int status = this.mvc.perform(get("/audits/latest/results").with(SignedIn.as(lead())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a non-numeric id is not found").isEqualTo(404);
	}

}
