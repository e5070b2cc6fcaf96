package org.onlinelives.assessment.subjectaccess;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.PromptAnswer;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.casedata.CaseStudyTestCases;
import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.casedata.casestudies.IdentifierKind;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A subject access request end to end: the lead downloads one ZIP with a PDF and JSON
 * holding the record, every assessment version, prompt answers, notes and the access-log
 * rows about them; the download is logged; nothing of another young person leaks in.
 */
class SubjectAccessIntegrationTests extends WebIntegrationTest {

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseStudyWorkflow caseStudies;

	Partnership partnership;

	Agency agency;

	User lead;

	User worker;

	SignedInUser practitioner;

	long person;

	String reference;

	long other;

	@BeforeEach
	void world() {
		this.partnership = this.data.partnership();
		this.agency = this.data.agency(this.partnership);
		this.lead = this.data.user(this.partnership, this.agency, Role.AGENCY_LEAD);
		User worker = this.data.user(this.partnership, this.agency, Role.PRACTITIONER);
		this.worker = worker;
		this.practitioner = new SignedInUser(worker, false, false);
		this.reference = "SAR-" + TestData.unique();
		this.person = this.youngPeople.create(this.practitioner, details(this.reference, worker)).getId();
		Assessment first = this.assessments.start(this.practitioner, this.person);
		first = this.assessments.saveConcerns(this.practitioner, this.person, first.getId(), first.getVersion(),
				ConcernFlags.of(Concern.POSSIBLE_CRIME));
		first = this.assessments.complete(this.practitioner, this.person, first.getId(), first.getVersion());
		first = this.assessments.answerPrompt(this.practitioner, this.person, first.getId(), first.getVersion(),
				"POLICE_POSSIBLE_CRIME", PromptAnswer.NOT_APPLICABLE, null, "Already reported by the school");
		this.assessments.addNote(this.practitioner, this.person, first.getId(), "Spoke to her form tutor");
		this.assessments.start(this.practitioner, this.person);
		// someone else's record in the same agency, which must not appear
		this.other = this.youngPeople.create(this.practitioner, details("OTHER-" + TestData.unique(), worker)).getId();
		Assessment theirs = this.assessments.start(this.practitioner, this.other);
		this.assessments.addNote(this.practitioner, this.other, theirs.getId(), "Not about the subject");
	}

	@Test
	void theLeadDownloadsEverythingHeldAsPdfAndJsonInOneZip() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/young-people/" + this.person + "/subject-access.zip").with(SignedIn.as(this.lead)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition")).contains("subject-access-" + this.reference + ".zip");
		Map<String, byte[]> files = unzip(response.getContentAsByteArray());
		assertThat(files).containsOnlyKeys("subject-access-" + this.reference + ".pdf",
				"subject-access-" + this.reference + ".json");

		JsonNode json = JsonMapper.builder().build().readTree(files.get("subject-access-" + this.reference + ".json"));
		assertThat(json.get("caseReference").asString()).isEqualTo(this.reference);
		assertThat(json.get("youngPerson").get("case_reference").asString()).isEqualTo(this.reference);
		assertThat(json.get("youngPerson").get("age").asInt()).isEqualTo(14);
		assertThat(json.get("practitioners")).hasSize(1);
		JsonNode versions = json.get("assessments");
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("assessment").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(versions.get(1).get("assessment").get("status").asString()).isEqualTo("IN_PROGRESS");
		JsonNode prompts = versions.get(0).get("prompts");
		assertThat(prompts.valueStream()
			.filter((p) -> p.get("code").asString().equals("POLICE_POSSIBLE_CRIME"))
			.findFirst()
			.orElseThrow()
			.get("answer_note")
			.asString()).isEqualTo("Already reported by the school");
		assertThat(versions.get(0).get("notes")).hasSize(1);
		assertThat(versions.get(0).get("notes").get(0).get("note_text").asString())
			.isEqualTo("Spoke to her form tutor");
		assertThat(json.toString()).doesNotContain("Not about the subject");
		List<String> logged = json.get("accessLog")
			.valueStream()
			.map((row) -> row.get("target_type").asString() + " " + row.get("detail").asString())
			.toList();
		assertThat(logged).contains("young person recorded")
			.anyMatch((line) -> line.startsWith("assessment ") && line.contains("note added"))
			.noneMatch((line) -> line.contains("young person " + this.other + ":"));

		String pdf = text(files.get("subject-access-" + this.reference + ".pdf"));
		assertThat(pdf).contains("Subject access request: everything held about " + this.reference,
				"Assessment version 1", "Assessment version 2", "Already reported by the school",
				"Spoke to her form tutor", "Access log");

		assertThat(this.jdbc.sql("""
				select count(*) from access_log where event = 'EXPORTED' and target_type = 'young person'
				  and target_id = :id and user_id = :lead and detail like 'subject access request%'""")
			.param("id", String.valueOf(this.person))
			.param("lead", this.lead.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void caseStudiesProposedFromTheAssessmentsAreHeldAtEveryStepWithTheirCommentsAndHistory() throws Exception {
		SignedInUser leadUser = new SignedInUser(this.lead, false, false);
		CaseStudy draft = CaseStudyTestCases.draft(this.caseStudies, this.worker, this.reference,
				"Talked to a stranger, aged 15, in a game.");
		this.caseStudies.dismiss(this.practitioner, draft.getId(), draft.getVersion(), IdentifierKind.AGE, "aged 15",
				"The age was changed for the study");
		CaseStudy returned = CaseStudyTestCases.submitted(this.caseStudies, this.worker, this.reference);
		this.caseStudies.decide(leadUser, returned.getId(), returned.getVersion(), false, "Say less about the school");
		CaseStudy approved = CaseStudyTestCases.submitted(this.caseStudies, this.worker, this.reference);
		this.caseStudies.decide(leadUser, approved.getId(), approved.getVersion(), true, "Good for new staff");
		// published: anonymised, and its link to the assessment is dropped
		CaseStudyTestCases.published(this.caseStudies, this.worker, this.lead,
				this.data.user(this.partnership, null, Role.PARTNERSHIP_ADMIN), this.reference);
		// another young person's draft in the same agency
		String otherCase = CaseStudyTestCases.assessedCase(this.youngPeople, this.assessments, this.worker,
				"CONTACT_CYBERBULLIED");
		CaseStudyTestCases.draft(this.caseStudies, this.worker, otherCase, "Someone else's story entirely.");

		Map<String, byte[]> files = unzip(this.mvc
			.perform(get("/young-people/" + this.person + "/subject-access.zip").with(SignedIn.as(this.lead)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());

		JsonNode held = JsonMapper.builder()
			.build()
			.readTree(files.get("subject-access-" + this.reference + ".json"))
			.get("caseStudies");
		assertThat(held).hasSize(3);
		assertThat(held.valueStream().map((study) -> study.get("caseStudy").get("status").asString()))
			.containsExactly("DRAFT", "RETURNED", "AWAITING_ADMIN");
		assertThat(held.get(0).get("caseStudy").get("narrative").asString())
			.isEqualTo("Talked to a stranger, aged 15, in a game.");
		assertThat(held.get(0).get("dismissals")).hasSize(1);
		assertThat(held.get(0).get("dismissals").get(0).get("reason").asString())
			.isEqualTo("The age was changed for the study");
		assertThat(held.get(1).get("caseStudy").get("return_comment").asString())
			.isEqualTo("Say less about the school");
		assertThat(held.get(1).get("caseStudy").get("returned_by_role").asString()).isEqualTo("LEAD");
		assertThat(held.get(2).get("caseStudy").get("lead_comment").asString()).isEqualTo("Good for new staff");
		assertThat(held.get(1).get("history").valueStream().map((entry) -> entry.get("detail").asString()))
			.containsExactly("draft proposed", "submitted to the agency lead", "returned by the agency lead");
		assertThat(held.toString()).doesNotContain("Someone else's story");

		String pdf = text(files.get("subject-access-" + this.reference + ".pdf"));
		assertThat(pdf)
			.contains("Case studies proposed from the assessments", "Case study " + draft.getId(),
					"Talked to a stranger, aged 15, in a game.", "The age was changed for the study",
					"Say less about the school", "Good for new staff")
			.doesNotContain("Someone else's story");
		// each study's review history, as a table of its access-log entries (whose narrow
		// columns may break words, so the entries themselves are checked in the JSON)
		assertThat(pdf.split("Review history: who proposed, changed, submitted, approved or returned it", -1))
			.hasSize(4);
		assertThat(this.jdbc.sql("""
				select detail from access_log where event = 'EXPORTED' and target_type = 'young person'
				  and target_id = :id""").param("id", String.valueOf(this.person)).query(String.class).single())
			.contains("3 case studies");
	}

	@Test
	void anotherAgencysLeadGetsNotFoundAndNothingIsExported() throws Exception {
		Agency elsewhere = this.data.agency(this.partnership);
		User otherLead = this.data.user(this.partnership, elsewhere, Role.AGENCY_LEAD);
		MockHttpServletResponse response = this.mvc
			.perform(get("/young-people/" + this.person + "/subject-access.zip").with(SignedIn.as(otherLead)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from access_log where event = 'EXPORTED' and target_id = :id")
			.param("id", String.valueOf(this.person))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theRecordsOwnPractitionerIsRefused() throws Exception {
		User worker = this.data.user(this.partnership, this.agency, Role.PRACTITIONER);
		assertThat(
				this.mvc.perform(get("/young-people/" + this.person + "/subject-access.zip").with(SignedIn.as(worker)))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(403);
	}

	private static YoungPersonDetails details(String reference, User worker) {
		return new YoungPersonDetails(reference, null, 14, Gender.GIRL_OR_WOMAN, true, List.of("Snapchat"),
				ReferralSource.SCHOOL, Set.of(worker.getId()));
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	/**
	 * The PDF's words with every run of white space as one space, since headings wrap.
	 */
	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
