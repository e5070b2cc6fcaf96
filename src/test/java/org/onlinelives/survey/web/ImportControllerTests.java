package org.onlinelives.survey.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.imports.ImportFileException;
import org.onlinelives.survey.imports.ImportTable;
import org.onlinelives.survey.imports.SurveyImports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
class ImportControllerTests {

	private static final UUID UPLOAD = UUID.fromString("6f1c1f8e-2b1a-4c55-9d43-0b6f9e0c1a77");

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyImports imports;

	private final User admin = People.person(1L, null, Role.PARTNERSHIP_ADMIN);

	private static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private void anUpload() {
		given(this.imports.upload(any(), eq(12L), eq(UPLOAD))).willReturn(Optional.of(new ImportTable("old.csv",
				List.of("Devices", "Worries"), List.of(List.of("PHONE", "Nothing"), List.of("TABLET", "")))));
	}

	@Test
	void aCsvFileIsReadAndKeptThenItsColumnsAreMatched() throws Exception {
		YouthSurveys.found(this.design, true);
		given(this.imports.keep(any(), eq(12L), any())).willReturn(UPLOAD);
		this.mvc
			.perform(multipart("/surveys/12/import").file(csv("old.csv", "Devices,Worries\nPHONE,Nothing\n"))
				.with(SignedIn.as(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/surveys/12/import/" + UPLOAD));
		ArgumentCaptor<ImportTable> table = ArgumentCaptor.forClass(ImportTable.class);
		verify(this.imports).keep(any(), eq(12L), table.capture());
		assertThat(table.getValue().header()).containsExactly("Devices", "Worries");
		assertThat(table.getValue().rows()).containsExactly(List.of("PHONE", "Nothing"));
	}

	@Test
	void aFileOfAnotherKindOrNoFileIsShownBesideTheFieldAndNothingIsKept() throws Exception {
		YouthSurveys.found(this.design, true);
		Document wrongKind = Pages.parse(
				this.mvc
					.perform(multipart("/surveys/12/import").file(csv("notes.txt", "Devices\nPHONE\n"))
						.with(SignedIn.as(this.admin))
						.with(csrf()))
					.andExpect(status().isOk()));
		Pages.assertFieldError(wrongKind, "file", "The selected file must be a CSV or XLSX file");
		Document none = Pages.parse(this.mvc
			.perform(multipart("/surveys/12/import").file(csv("", "")).with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(status().isOk()));
		Pages.assertFieldError(none, "file", "Select a CSV or XLSX file");
		verify(this.imports, never()).keep(any(), anyLong(), any());
	}

	@Test
	void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
		YouthSurveys.found(this.design, true);
		this.mvc
			.perform(multipart("/surveys/12/import").file(csv("old.csv", "Devices\nPHONE\n"))
				.with(SignedIn.as(this.admin)))
			.andExpect(status().isForbidden());
		anUpload();
		this.mvc
			.perform(post("/surveys/12/import/" + UPLOAD).with(SignedIn.as(this.admin)).param("columns", "DEVICES", ""))
			.andExpect(status().isForbidden());
		verify(this.imports, never()).keep(any(), anyLong(), any());
		verify(this.imports, never()).start(any(), any(), any(), any());
	}

	@Test
	void analystsReadResultsButCannotImport() throws Exception {
		YouthSurveys.found(this.design, true);
		User analyst = People.person(1L, null, Role.ANALYST);
		this.mvc
			.perform(multipart("/surveys/12/import").file(csv("old.csv", "Devices\nPHONE\n"))
				.with(SignedIn.as(analyst))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/surveys/12/import").with(SignedIn.as(analyst))).andExpect(status().isForbidden());
		verify(this.imports, never()).keep(any(), anyLong(), any());
	}

	@Test
	void aSurveyNotYetPublishedTakesNoImport() throws Exception {
		YouthSurveys.found(this.design, false);
		this.mvc
			.perform(multipart("/surveys/12/import").file(csv("old.csv", "Devices\nPHONE\n"))
				.with(SignedIn.as(this.admin))
				.with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.imports, never()).keep(any(), anyLong(), any());
	}

	@Test
	void theMatchedColumnsStartTheImport() throws Exception {
		YouthSurveys.found(this.design, true);
		anUpload();
		org.onlinelives.survey.imports.ImportJob job = mock(org.onlinelives.survey.imports.ImportJob.class);
		UUID jobId = UUID.randomUUID();
		given(job.id()).willReturn(jobId);
		given(this.imports.start(any(), eq(YouthSurveys.SURVEY), eq(UPLOAD), any())).willReturn(job);
		this.mvc
			.perform(post("/surveys/12/import/" + UPLOAD).with(SignedIn.as(this.admin))
				.with(csrf())
				.param("columns", "DEVICES", ""))
			.andExpect(redirectedUrl("/surveys/12/imports/" + jobId));
		ArgumentCaptor<org.onlinelives.survey.imports.ColumnMapping> mapping = ArgumentCaptor
			.forClass(org.onlinelives.survey.imports.ColumnMapping.class);
		verify(this.imports).start(any(), eq(YouthSurveys.SURVEY), eq(UPLOAD), mapping.capture());
		assertThat(mapping.getValue().questions()).containsExactly("DEVICES", null);
	}

	@Test
	void noColumnMatchedIsShownOnThePageAndNothingStarts() throws Exception {
		YouthSurveys.found(this.design, true);
		anUpload();
		Document page = Pages.parse(
				this.mvc
					.perform(post("/surveys/12/import/" + UPLOAD).with(SignedIn.as(this.admin))
						.with(csrf())
						.param("columns", "", ""))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Choose the question at least one column answers");
		verify(this.imports, never()).start(any(), any(), any(), any());
	}

	@Test
	void aBusyImportQueueIsShownOnThePageNotAsAServerError() throws Exception {
		YouthSurveys.found(this.design, true);
		anUpload();
		given(this.imports.start(any(), any(), any(), any())).willThrow(new ImportFileException("survey.import.busy"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/surveys/12/import/" + UPLOAD).with(SignedIn.as(this.admin))
						.with(csrf())
						.param("columns", "DEVICES", ""))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Other imports are waiting to run. Try again in a few minutes.");
	}

}
