package org.onlinelives.assessment.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.subjectaccess.SubjectAccessRecord;
import org.onlinelives.assessment.subjectaccess.SubjectAccessService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
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

@AssessmentWebSlice
class SubjectAccessControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubjectAccessService subjectAccess;

	@Autowired
	PdfRenderer pdf;

	private final User lead = People.person(1L, 5L, Role.AGENCY_LEAD);

	@Test
	void theAgencyLeadGetsOneZipOfThePdfAndTheSameRecordAsJsonAndTheExportIsLogged() throws Exception {
		SubjectAccessRecord record = new SubjectAccessRecord(Instant.EPOCH, "Test Lead", "CSC/117",
				Map.of("caseReference", "CSC/117"), List.of(), List.of(), List.of(), List.of());
		given(this.subjectAccess.compile(any(), eq(31L))).willReturn(record);
		given(this.pdf.renderTagged(eq("assessment/subject-access"), eq(Map.of("record", record)), any()))
			.willReturn(new byte[] { 37, 80, 68, 70 });
		byte[] zip = this.mvc.perform(get("/young-people/31/subject-access.zip").with(SignedIn.as(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"subject-access-CSC_117.zip\""))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		String json = null;
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
				if (entry.getName().endsWith(".json")) {
					json = new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(names).containsExactly("subject-access-CSC_117.pdf", "subject-access-CSC_117.json");
		assertThat(json).contains("\"caseReference\" : \"CSC/117\"").contains("\"compiledBy\" : \"Test Lead\"");
		verify(this.subjectAccess).recordExport(any(), eq(record), eq(31L));
	}

	@Test
	void aPractitionerRefusedByTheServiceGetsForbiddenNotAServerError() throws Exception {
		given(this.subjectAccess.compile(any(), eq(31L))).willThrow(new AccessDeniedException("leads only"));
		this.mvc
			.perform(get("/young-people/31/subject-access.zip")
				.with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		verify(this.subjectAccess, never()).recordExport(any(), any(), anyLong());
	}

	@Test
	void analystsCannotAskForASubjectAccessRecord() throws Exception {
		this.mvc
			.perform(
					get("/young-people/31/subject-access.zip").with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isForbidden());
		verify(this.subjectAccess, never()).compile(any(), anyLong());
	}

	@Test
	void anIdThatIsNotANumberNamesNoYoungPerson() throws Exception {
		this.mvc.perform(get("/young-people/thirty-one/subject-access.zip").with(SignedIn.as(this.lead)))
			.andExpect(status().isNotFound());
		verify(this.subjectAccess, never()).compile(any(), anyLong());
	}

}
