package org.onlinelives.survey.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.imports.ImportJob;
import org.onlinelives.survey.imports.ImportReport;
import org.onlinelives.survey.imports.RowProblem;
import org.onlinelives.survey.imports.SurveyImports;

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

@SurveyWebSlice
class ImportStatusControllerTests {

	private static final UUID JOB = UUID.fromString("0b6f9e0c-1a77-4c55-9d43-6f1c1f8e2b1a");

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyImports imports;

	private final User admin = People.person(1L, null, Role.PARTNERSHIP_ADMIN);

	private ImportJob job(ImportReport report) {
		ImportJob job = mock(ImportJob.class);
		given(job.id()).willReturn(JOB);
		given(job.total()).willReturn(2000);
		given(job.checked()).willReturn(500);
		given(job.percent()).willReturn(25);
		given(job.done()).willReturn(report != null);
		given(job.report()).willReturn(report);
		given(this.imports.job(any(), eq(12L), eq(JOB))).willReturn(job);
		return job;
	}

	@Test
	void anImportUnderWayShowsHowFarItHasGotAndRefreshesItself() throws Exception {
		YouthSurveys.found(this.design, true);
		job(null);
		Document page = Pages.parse(this.mvc.perform(get("/surveys/12/imports/" + JOB).with(SignedIn.as(this.admin)))
			.andExpect(status().isOk()));
		assertThat(page.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
		assertThat(page.text()).contains("Checked 500 of 2,000 rows");
	}

	@Test
	void theRejectedRowsDownloadKeepsAFormulaInAHeadingFromRunning() throws Exception {
		YouthSurveys.found(this.design, true);
		job(new ImportReport(2, 1, 1,
				List.of(new RowProblem(2, "=HYPERLINK(\"x\")", "survey.import.reason.notAnOption", "ZZ", 0)), false));
		String csv = this.mvc.perform(get("/surveys/12/imports/" + JOB + "/rejected.csv").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"rejected-rows-12.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("2,\"'=HYPERLINK(\"\"x\"\")\"");
	}

	@Test
	void analystsCannotFollowAnImport() throws Exception {
		YouthSurveys.found(this.design, true);
		job(null);
		this.mvc.perform(get("/surveys/12/imports/" + JOB).with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isForbidden());
		verify(this.imports, never()).job(any(), anyLong(), any());
	}

	@Test
	void aJobThatIsNotAnIdNamesNoImport() throws Exception {
		this.mvc.perform(get("/surveys/12/imports/not-a-uuid").with(SignedIn.as(this.admin)))
			.andExpect(status().isNotFound());
		verify(this.imports, never()).job(any(), anyLong(), any());
	}

}
