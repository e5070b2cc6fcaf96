package org.onlinelives.selfaudit.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.platform.people.Role;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditRuleException;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.audit.SelfAudits.StatementInput;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.FRAMEWORK;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.lead;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.practitioner;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.reviewer;
import static org.onlinelives.selfaudit.web.SelfAuditSliceFixtures.served;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class SectionControllerTests {

	private static final List<FrameworkStatement> SECTION_ONE = FRAMEWORK.section(1).statements();

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfAudits selfAudits;

	private Audit audit;

	@BeforeEach
	void anAuditInProgress() {
		this.audit = served(this.selfAudits, 7L, AuditStatus.IN_PROGRESS);
	}

	/** Section 1 answered with score 2 throughout, except where {@code first} says. */
	private static MockHttpServletRequestBuilder section(String firstScore, String firstEvidence) {
		MockHttpServletRequestBuilder request = post("/audits/7/sections/1");
		for (int i = 0; i < SECTION_ONE.size(); i++) {
			String p = "statements[" + i + "].";
			request.param(p + "number", SECTION_ONE.get(i).number())
				.param(p + "score", (i == 0) ? firstScore : "2")
				.param(p + "evidence", (i == 0) ? firstEvidence : "")
				.param(p + "links", "")
				.param(p + "version", "0");
		}
		return request;
	}

	private static void assertStatementError(Document page, String id, String message) {
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text()).contains(message);
		assertThat(page.getElementById(id + "-error")).as(id + "-error").isNotNull();
		assertThat(page.getElementById(id + "-error").text()).contains(message);
	}

	@Test
	void theSectionShowsItsStatements() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/audits/7/sections/1").with(SignedIn.as(practitioner())))
			.andExpect(status().isOk()));
		assertThat(page.select("main").text()).contains(SECTION_ONE.get(0).text());
	}

	@Test
	void aSectionNumberOffTheFrameworkIsNotFound() throws Exception {
		this.mvc.perform(get("/audits/7/sections/9").with(SignedIn.as(lead()))).andExpect(status().isNotFound());
	}

	@Test
	void aNonNumericSectionIsNotAServerError() throws Exception {
		int status = this.mvc.perform(get("/audits/7/sections/one").with(SignedIn.as(lead())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a non-numeric id is not found").isEqualTo(404);
	}

	@Test
	void aValidSectionIsSavedWithTheTypedScores() throws Exception {
		given(this.selfAudits.saveSection(any(), eq(this.audit), eq(1), anyList())).willReturn(List.of());
		this.mvc.perform(section("1", "Policy reviewed in 2026").with(SignedIn.as(lead())).with(csrf()))
			.andExpect(redirectedUrl("/audits/7/sections/1"))
			.andExpect(flash().attribute("success", "selfaudit.section.saved"));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<StatementInput>> inputs = ArgumentCaptor.forClass(List.class);
		verify(this.selfAudits).saveSection(any(), eq(this.audit), eq(1), inputs.capture());
		assertThat(inputs.getValue()).hasSize(SECTION_ONE.size());
		assertThat(inputs.getValue().get(0))
			.isEqualTo(new StatementInput(SECTION_ONE.get(0).number(), 1, "Policy reviewed in 2026", "", 0L));
		assertThat(inputs.getValue().get(1).score()).isEqualTo(2);
	}

	@Test
	void aScoreOffTheScaleIsShownBesideTheStatement() throws Exception {
		Document page = Pages.parse(this.mvc.perform(section("seven", "").with(SignedIn.as(lead())).with(csrf()))
			.andExpect(status().isOk()));
		assertStatementError(page, "statements[0].score",
				"Choose a score from 0 to 4 for statement " + SECTION_ONE.get(0).number());
		verify(this.selfAudits, never()).saveSection(any(), any(), anyInt(), anyList());
	}

	@Test
	void oversizedEvidenceIsShownBesideTheStatement() throws Exception {
		Document page = Pages.parse(this.mvc
			.perform(section("2", "e".repeat(AuditStatement.MAX_EVIDENCE + 1)).with(SignedIn.as(lead())).with(csrf()))
			.andExpect(status().isOk()));
		assertStatementError(page, "statements[0].evidence",
				"Evidence for statement " + SECTION_ONE.get(0).number() + " must be 10,000 characters or fewer");
		verify(this.selfAudits, never()).saveSection(any(), any(), anyInt(), anyList());
	}

	@Test
	void aFormThatIsNotThisSectionSavesNothingAndSaysWhy() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/audits/7/sections/1").with(SignedIn.as(lead()))
						.with(csrf())
						.param("statements[0].number", "6.6")
						.param("statements[0].score", "4"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("The page sent did not match this section. Nothing was saved.");
		verify(this.selfAudits, never()).saveSection(any(), any(), anyInt(), anyList());
	}

	@Test
	void aSaveTheAuditRefusesShowsWhyAndKeepsWhatWasTyped() throws Exception {
		given(this.selfAudits.saveSection(any(), eq(this.audit), eq(1), anyList()))
			.willThrow(new AuditRuleException("selfaudit.audit.submitted", "submitted"));
		Document page = Pages
			.parse(this.mvc.perform(section("1", "Typed evidence").with(SignedIn.as(lead())).with(csrf()))
				.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary").text())
			.contains("This audit has been submitted, so its scores and evidence can no longer be changed here.");
		assertThat(page.select("main").text()).contains("Typed evidence");
	}

	@Test
	void savingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(section("1", "").with(SignedIn.as(lead()))).andExpect(status().isForbidden());
		verify(this.selfAudits, never()).saveSection(any(), any(), anyInt(), anyList());
	}

	@Test
	void reviewersCannotAnswerForTheAgency() throws Exception {
		this.mvc.perform(section("1", "").with(SignedIn.as(reviewer())).with(csrf())).andExpect(status().isForbidden());
		verify(this.selfAudits, never()).saveSection(any(), any(), anyInt(), anyList());
	}

	@Test
	void aPractitionerCannotSaveASectionNotSharedWithThem() throws Exception {
		this.mvc.perform(section("1", "").with(SignedIn.as(practitioner())).with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.selfAudits, never()).saveSection(any(), any(), anyInt(), anyList());
	}

	@Test
	void theLeadSharesASectionWithAColleague() throws Exception {
		this.mvc
			.perform(post("/audits/7/sections/1/assignment").with(SignedIn.as(lead()))
				.with(csrf())
				.param("assigneeId", "40"))
			.andExpect(redirectedUrl("/audits/7/sections/1"))
			.andExpect(flash().attribute("success", "selfaudit.section.assigned"));
		verify(this.selfAudits).assignSection(any(), eq(this.audit), eq(1), eq(40L));
	}

	@Test
	void practitionersCannotShareSections() throws Exception {
		this.mvc
			.perform(post("/audits/7/sections/1/assignment").with(SignedIn.as(People.person(1L, 2L, Role.PRACTITIONER)))
				.with(csrf())
				.param("assigneeId", "40"))
			.andExpect(status().isForbidden());
		verify(this.selfAudits, never()).assignSection(any(), any(), anyInt(), any());
	}

	@Test
	void aStatementIndexNoPageMakesIsABadRequestNotAServerError() throws Exception {
		this.mvc
			.perform(post("/audits/7/sections/1").with(SignedIn.as(lead()))
				.with(csrf())
				.param("statements[5000].score", "4"))
			.andExpect(status().isBadRequest());
		verify(this.selfAudits, never()).saveSection(any(), any(), anyInt(), anyList());
	}

}
