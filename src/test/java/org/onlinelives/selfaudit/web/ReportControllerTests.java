package org.onlinelives.selfaudit.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.scoring.RagBands;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.analyst;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.lead;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.practitioner;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.served;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class ReportControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	RagSettings ragSettings;

	@Autowired
	AccessLog accessLog;

	@Autowired
	PdfRenderer pdf;

	@BeforeEach
	void bands() {
		given(this.ragSettings.bandsFor(1L)).willReturn(new RagBands(40, 75));
	}

	@Test
	void aSignedOffAuditDownloadsAsAPdfAndTheExportIsLogged() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SIGNED_OFF);
		given(this.pdf.render(eq("selfaudit/report-pdf"), anyMap(), any())).willReturn(new byte[] { 1, 2, 3 });
		this.mvc.perform(get("/audits/7/report.pdf").with(SignedIn.as(practitioner())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"self-audit-riverside-academy-autumn-2026.pdf\""))
			.andExpect(content().bytes(new byte[] { 1, 2, 3 }));
		verify(this.accessLog).record(any(), eq(AccessEvent.EXPORTED), eq("audit"), eq(7L), eq("PDF report"));
	}

	@Test
	void anAuditNotYetSignedOffHasNoReport() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.AGREED);
		this.mvc.perform(get("/audits/7/report.pdf").with(SignedIn.as(lead()))).andExpect(status().isNotFound());
		verify(this.pdf, never()).render(anyString(), anyMap(), any());
	}

	@Test
	void analystsCannotDownloadAnAgencysReport() throws Exception {
		served(this.selfAudits, 7L, AuditStatus.SIGNED_OFF);
		this.mvc.perform(get("/audits/7/report.pdf").with(SignedIn.as(analyst()))).andExpect(status().isForbidden());
		verify(this.pdf, never()).render(anyString(), anyMap(), any());
	}

	@Test
	void aNonNumericAuditIdForTheReportIsNotAServerError() throws Exception {
		int status = this.mvc.perform(get("/audits/x/report.pdf").with(SignedIn.as(lead())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a non-numeric id is not found").isEqualTo(404);
		verify(this.pdf, never()).render(anyString(), anyMap(), any());
	}

}
