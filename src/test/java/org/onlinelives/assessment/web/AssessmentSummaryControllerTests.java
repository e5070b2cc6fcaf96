package org.onlinelives.assessment.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentCompleteException;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.web.PdfRenderer;
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

@AssessmentWebSlice
class AssessmentSummaryControllerTests {

	private static final String BASE = "/young-people/3/assessments/4";

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentService assessments;

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentPages pages;

	@Autowired
	PdfRenderer pdf;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	@Test
	void completingCompletesTheVersionTheCheckPageShowed() throws Exception {
		this.mvc
			.perform(post(BASE + "/complete").with(SignedIn.as(this.practitioner)).with(csrf()).param("version", "6"))
			.andExpect(redirectedUrl(BASE))
			.andExpect(flash().attribute("success", "assessment.completed"));
		verify(this.assessments).complete(any(), eq(3L), eq(4L), eq(6L));
	}

	@Test
	void aVersionAlreadyCompleteSaysSoRatherThanFailing() throws Exception {
		given(this.assessments.complete(any(), eq(3L), eq(4L), any())).willThrow(new AssessmentCompleteException(4L));
		this.mvc
			.perform(post(BASE + "/complete").with(SignedIn.as(this.practitioner)).with(csrf()).param("version", "6"))
			.andExpect(redirectedUrl(BASE))
			.andExpect(flash().attribute("notice", "assessment.alreadyComplete"));
	}

	@Test
	void completingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post(BASE + "/complete").with(SignedIn.as(this.practitioner)).param("version", "6"))
			.andExpect(status().isForbidden());
		verify(this.assessments, never()).complete(any(), anyLong(), anyLong(), any());
	}

	@Test
	void administratorsAndAnalystsCannotCompleteOrPrintAssessments() throws Exception {
		this.mvc
			.perform(post(BASE + "/complete").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("version", "6"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "/report.pdf").with(SignedIn.as(People.person(1L, null, Role.ANALYST))))
			.andExpect(status().isForbidden());
		verify(this.assessments, never()).complete(any(), anyLong(), anyLong(), any());
		verify(this.assessments, never()).recordExport(any(), anyLong(), anyLong(), any());
	}

	@Test
	void theReportIsAPdfNamedForTheCaseAndVersionAndItsExportIsLogged() throws Exception {
		Assessment assessment = mock(Assessment.class);
		given(assessment.getSequenceNumber()).willReturn(2);
		given(this.assessments.find(any(), eq(3L), eq(4L))).willReturn(assessment);
		YoungPerson person = mock(YoungPerson.class);
		given(person.getCaseReference()).willReturn("CSC/2024 117");
		given(this.youngPeople.find(any(), eq(3L))).willReturn(person);
		given(this.pages.report(any(), eq(person), eq(assessment))).willReturn(Map.of("person", person));
		given(this.pdf.renderTagged(eq("assessment/report"), eq(Map.of("person", person)), any()))
			.willReturn(new byte[] { 37, 80, 68, 70 });
		this.mvc.perform(get(BASE + "/report.pdf").with(SignedIn.as(this.practitioner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"assessment-CSC_2024_117-v2.pdf\""))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().bytes(new byte[] { 37, 80, 68, 70 }));
		verify(this.assessments).recordExport(any(), eq(3L), eq(4L), eq("printable report (PDF)"));
	}

	@Test
	void anIdThatIsNotANumberNamesNoAssessment() throws Exception {
		this.mvc
			.perform(
					post("/young-people/3/assessments/four/complete").with(SignedIn.as(this.practitioner)).with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.assessments, never()).complete(any(), anyLong(), anyLong(), any());
	}

}
