package org.onlinelives.strategy.web;

import org.junit.jupiter.api.Test;
import org.onlinelives.strategy.report.BoardReport;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.strategy.web.StrategySliceFixtures.admin;
import static org.onlinelives.strategy.web.StrategySliceFixtures.analyst;
import static org.onlinelives.strategy.web.StrategySliceFixtures.lead;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StrategyWebSlice
class BoardReportControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BoardReport report;

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

}
