package org.onlinelives.assessment;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The assessment through the web layer, run on H2 and on PostgreSQL: the seeds' case
 * examples with the prompts a practitioner sees, versions, stale saves, bad input,
 * refused uploads, the home-page panel, the caseload order, exports and the access log.
 */
public abstract class AssessmentScenarios extends WebIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	Partnership partnership;

	Agency agency;

	User practitioner;

	Journey journey;

	@BeforeEach
	void world() {
		this.partnership = this.data.partnership();
		this.agency = this.data.agency(this.partnership);
		this.practitioner = this.data.user(this.partnership, this.agency, Role.PRACTITIONER);
		this.journey = new Journey(this.mvc, this.practitioner);
	}

	/** Seed 000, case 1: Selina, 15. */
	@Test
	void selina() throws Exception {
		long person = this.journey.recordYoungPerson("SELINA-" + TestData.unique(), "15");
		long assessment = this.journey.start(person);
		this.journey.step(person, assessment, "factors",
				Map.of("factors", List.of("EMOTIONAL_DIFFICULTIES", "MENTAL_HEALTH_DIFFICULTIES", "ISOLATED")));
		// her boyfriend passed her pictures on: asked with the scenarios, where every
		// question about pictures is
		this.journey.step(person, assessment, "scenarios", Map.of("scenarios", List.of("CONDUCT_SHARED_INTIMATE_IMAGE"),
				"whyShared", List.of("SHARED_IN_RELATIONSHIP"), "pictures", List.of("INTIMATE_IMAGE_SHARED")));
		this.journey.step(person, assessment, "concerns",
				Map.of("concerns", List.of("ANY_CONCERN", "CHILD_ABUSED_IN_MAKING_IMAGES", "POSSIBLE_CRIME"),
						"bullying", List.of("CHILD_HARMED")));
		this.journey.complete(person, assessment);

		Document summary = this.journey.page(Journey.base(person, assessment));
		assertThat(summary.select(".ol-flag h3").eachText()).containsExactly("Screen the other Cs");
		assertThat(summary.select(".ol-flag").text())
			.contains("also screen Content, Contact, Commerce and commercialisation and Communities.");
		// as CaseExamplesTests.selina, less the crisis prompt: self-harm is not recorded
		// here
		assertThat(this.journey.promptsShown(person, assessment)).containsExactly("SECTION_47_ENQUIRY",
				"EARLY_REMOVAL_REPORT", "CONSIDER_SUICIDE_PREVENTION_PLAN", "DISCUSS_WITH_SAFEGUARDING_LEAD",
				"REFERRAL_TO_CHILDRENS_SOCIAL_CARE", "SEPARATE_BULLYING_REFERRALS", "POLICE_POSSIBLE_CRIME",
				"NOT_YOUR_FAULT", "REASSURE_THE_YOUNG_PERSON", "INVOLVE_PARENTS_OR_CARERS", "DEVICES_LAST_RESORT",
				"KEEP_EVIDENCE_WITHOUT_IMAGES", "SIGNPOSTING");
		assertThat(summary.select("#prompt-SECTION_47_ENQUIRY").text()).contains("Urgent",
				"Staffordshire e-safety procedure",
				"The young person is identified as abused in the making of images.");
		// Section 47, report for removal and the suicide prevention plan; a possible
		// crime is
		// now judged case by case, so it is not urgent
		assertThat(homeUrgentPrompts()).hasSize(3);
	}

	/** Seed 000, case 2: Sairah. */
	@Test
	void sairah() throws Exception {
		long person = this.journey.recordYoungPerson("SAIRAH-" + TestData.unique(), "14");
		long assessment = this.journey.start(person);
		this.journey.step(person, assessment, "scenarios", Map.of("scenarios",
				List.of("CONTACT_APPROACHED_BY_FALSE_YOUNG_PERSON", "CONDUCT_CHATROOMS_AND_FORUMS")));
		this.journey.step(person, assessment, "concerns", Map.of("concerns", List.of("ANY_CONCERN", "IMMEDIATE_RISK"),
				"grooming",
				List.of("SECRECY", "MOVED_TO_PRIVATE_APP", "REQUESTS_FOR_IMAGES", "MEETING_PROPOSED_OR_ARRANGED")));
		this.journey.complete(person, assessment);

		Document summary = this.journey.page(Journey.base(person, assessment));
		assertThat(summary.select(".ol-flag h3").eachText()).containsExactly("Screen the other Cs");
		assertThat(this.journey.promptsShown(person, assessment)).containsExactly("POLICE_WITHOUT_DELAY",
				"POLICE_AND_CEOP", "DISCUSS_WITH_SAFEGUARDING_LEAD", "REFERRAL_TO_CHILDRENS_SOCIAL_CARE",
				"NOT_YOUR_FAULT", "INVOLVE_PARENTS_OR_CARERS", "DEVICES_LAST_RESORT", "KEEP_EVIDENCE_WITHOUT_IMAGES",
				"SIGNPOSTING");
		assertThat(summary.select("#prompt-POLICE_AND_CEOP").text()).contains(
				"requests for pictures, secrecy, moving the chat to a private app and a meeting proposed or arranged");
		assertThat(homeUrgentPrompts()).hasSize(2);
	}

	/** Seed 003, practice example: Sally, 13. */
	@Test
	void sally() throws Exception {
		long person = this.journey.recordYoungPerson("SALLY-" + TestData.unique(), "13");
		long assessment = this.journey.start(person);
		this.journey.step(person, assessment, "scenarios", Map.of("scenarios", List.of("CONDUCT_SHARED_INTIMATE_IMAGE"),
				"pictures", List.of("INTIMATE_IMAGE_SHARED")));
		this.journey.step(person, assessment, "concerns", Map.of("concerns", List.of("ANY_CONCERN", "POSSIBLE_CRIME")));
		this.journey.step(person, assessment, "ten-cs/CONTENT", Map.of("rating", List.of("4")));
		this.journey.step(person, assessment, "ten-cs/CONFIDENTIALITY_AND_SELF_DISCLOSURE",
				Map.of("rating", List.of("5")));
		this.journey.step(person, assessment, "ten-cs/CONNECTION_AND_SOCIAL_CAPITAL", Map.of("rating", List.of("3")));
		this.journey.step(person, assessment, "ten-cs/CONSUMPTION", Map.of("rating", List.of("3")));
		this.journey.complete(person, assessment);

		Document summary = this.journey.page(Journey.base(person, assessment));
		assertThat(summary.select(".ol-flag h3").eachText()).containsExactly("Screen the other Cs",
				"Assess composite and complex risk");
		// no threshold decision yet and nothing that meets child protection by itself: no
		// referral until the safeguarding lead records one (CaseExamplesTests.sally)
		assertThat(this.journey.promptsShown(person, assessment)).containsExactly("EARLY_REMOVAL_REPORT",
				"CONSIDER_SUICIDE_PREVENTION_PLAN", "DISCUSS_WITH_SAFEGUARDING_LEAD", "POLICE_POSSIBLE_CRIME",
				"NOT_YOUR_FAULT", "REASSURE_THE_YOUNG_PERSON", "INVOLVE_PARENTS_OR_CARERS", "DEVICES_LAST_RESORT",
				"SIGNPOSTING");
		assertThat(summary.select("table.govuk-table").first().text()).contains("Content 4 Some risk",
				"Confidentiality and self-disclosure 5 High risk");
	}

	@Test
	void theRecordPageNamesTheActivePeopleAssignedAndNoOthers() throws Exception {
		User colleague = this.data.user(this.partnership, this.agency, Role.PRACTITIONER);
		long person = this.journey.recordYoungPerson("NAMES-" + TestData.unique(), "14");
		org.jsoup.select.Elements names = this.journey.page("/young-people/" + person)
			.select(".govuk-summary-list__row:has(.govuk-summary-list__key:containsOwn(ractitioner)) li");
		assertThat(names.eachText()).containsExactly(this.practitioner.getDisplayName())
			.doesNotContain(colleague.getDisplayName());
	}

	@Test
	void urgentPromptsStayUntilAnsweredAndAnswersAreRecorded() throws Exception {
		long person = this.journey.recordYoungPerson("URG-" + TestData.unique(), "12");
		long assessment = this.journey.start(person);
		this.journey.step(person, assessment, "concerns",
				Map.of("concerns", List.of("ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD")));
		this.journey.complete(person, assessment);
		String prompt = Journey.base(person, assessment) + "/prompts/POLICE_ADULT_NO_IDENTIFIED_CHILD";
		// the police referral and, before it (Staffordshire e-safety procedure §17), not
		// alerting the adult
		assertThat(homeUrgentPrompts()).hasSize(2);
		assertThat(this.journey.page("/young-people/" + person).select("#urgent-title")).hasSize(1);

		String version = this.journey.versionOn(prompt);
		MockHttpServletResponse noDate = this.journey.post(prompt,
				Map.of("answer", List.of("DONE"), "version", List.of(version)));
		assertThat(noDate.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(noDate.getContentAsString()).select(".govuk-error-summary").text())
			.contains("Enter the day it was done");
		MockHttpServletResponse noReason = this.journey.post(prompt,
				Map.of("answer", List.of("NOT_APPLICABLE"), "version", List.of(version)));
		assertThat(Jsoup.parse(noReason.getContentAsString()).select(".govuk-error-summary").text())
			.contains("Say why this prompt does not apply");

		MockHttpServletResponse done = this.journey.post(prompt, Map.of("answer", List.of("DONE"), "doneDay",
				List.of("1"), "doneMonth", List.of("1"), "doneYear", List.of("2025"), "version", List.of(version)));
		assertThat(done.getStatus()).isEqualTo(302);
		assertThat(homeUrgentPrompts()).singleElement().asString().contains("Do not alert the person");
		assertThat(this.journey.page("/young-people/" + person).select("#urgent-title")).hasSize(1);
		String doNotAlert = Journey.base(person, assessment) + "/prompts/DO_NOT_ALERT_THE_PERSON";
		assertThat(this.journey.post(doNotAlert,
				Map.of("answer", List.of("DONE"), "doneDay", List.of("1"), "doneMonth", List.of("1"), "doneYear",
						List.of("2025"), "version", List.of(this.journey.versionOn(doNotAlert))))
			.getStatus()).isEqualTo(302);
		assertThat(homeUrgentPrompts()).isEmpty();
		assertThat(this.journey.page("/young-people/" + person).select("#urgent-title")).isEmpty();
		assertThat(this.journey.page(Journey.base(person, assessment))
			.select("#prompt-POLICE_ADULT_NO_IDENTIFIED_CHILD")
			.text()).contains("Done on 1 January 2025 by " + this.practitioner.getDisplayName());
	}

	@Test
	void theRecordAndSummaryPagesListEveryVersionWithItsOpenUrgentPrompts() throws Exception {
		long person = this.journey.recordYoungPerson("VER-" + TestData.unique(), "13");
		long first = this.journey.start(person);
		this.journey.step(person, first, "concerns",
				Map.of("concerns", List.of("ADULT_OF_CONCERN_NO_IDENTIFIED_CHILD")));
		this.journey.complete(person, first);
		long second = this.journey.start(person);

		Document record = this.journey.page("/young-people/" + person);
		assertThat(record.select("table.govuk-table tbody tr").eachText()).hasSize(2);
		assertThat(record.select("table.govuk-table tbody tr").get(0).text()).isEqualTo("Version 2 In progress");
		assertThat(record.select("table.govuk-table tbody tr").get(1).text()).startsWith("Version 1 Completed")
			.endsWith("2 urgent");
		assertThat(record.select("table.govuk-table tbody tr a").eachAttr("href"))
			.containsExactly(Journey.base(person, second), Journey.base(person, first));
		assertThat(record.select(".govuk-notification-banner__link").eachAttr("href")).containsExactlyInAnyOrder(
				Journey.base(person, first) + "/prompts/POLICE_ADULT_NO_IDENTIFIED_CHILD",
				Journey.base(person, first) + "/prompts/DO_NOT_ALERT_THE_PERSON");
		assertThat(record.select(".govuk-notification-banner__link").eachText())
			.allSatisfy((title) -> assertThat(title).endsWith("(Version 1)"));
		assertThat(record.select("form[action$=/assessments] button").text())
			.isEqualTo("Continue the assessment in progress");

		Document summary = this.journey.page(Journey.base(person, second));
		assertThat(summary.select("h2:containsOwn(All versions) + ul li").eachText())
			.containsExactly("Version 2: In progress", "Version 1: Completed");
	}

	@Test
	void aStaleSaveIsRefusedKeepingWhatWasTyped() throws Exception {
		long person = this.journey.recordYoungPerson("STALE-" + TestData.unique(), "16");
		long assessment = this.journey.start(person);
		String path = Journey.base(person, assessment) + "/factors";
		String opened = this.journey.versionOn(path);
		// a colleague saves first
		this.journey.post(path, Map.of("factors", List.of("YOUNG_CARER"), "version", List.of(opened)));
		MockHttpServletResponse stale = this.journey.post(path,
				Map.of("factors", List.of("ISOLATED", "CYBERBULLIED"), "version", List.of(opened)));
		assertThat(stale.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(stale.getContentAsString());
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select(".govuk-error-summary").text()).contains("Someone else saved this assessment");
		assertThat(page.select("input[name=factors][checked]").eachAttr("value")).containsExactlyInAnyOrder("ISOLATED",
				"CYBERBULLIED");
		assertThat(page.select("input[name=version]").val()).isNotEqualTo(opened);
	}

	@Test
	void reassessmentIsANewVersionAndEarlierOnesStayReadable() throws Exception {
		long person = this.journey.recordYoungPerson("REA-" + TestData.unique(), "17");
		long first = this.journey.start(person);
		this.journey.step(person, first, "ten-cs/CONTENT", Map.of("rating", List.of("4")));
		this.journey.complete(person, first);
		long second = this.journey.start(person);
		assertThat(second).isNotEqualTo(first);
		this.journey.step(person, second, "ten-cs/CONTENT", Map.of("rating", List.of("2")));
		this.journey.complete(person, second);

		Document latest = this.journey.page(Journey.base(person, second));
		assertThat(latest.select("h1").text()).isEqualTo("Assessment version 2");
		assertThat(latest.text()).contains("down from 4: more resilience");
		assertThat(latest.select("#ten-cs-chart-desc").text()).contains("Content: 2 Some resilience (down from 4");
		Document earlier = this.journey.page(Journey.base(person, first));
		assertThat(earlier.select("h1").text()).isEqualTo("Assessment version 1");
		// a completed version cannot be changed
		MockHttpServletResponse change = this.journey.post(Journey.base(person, first) + "/factors",
				Map.of("factors", List.of("ISOLATED"), "version", List.of("0")));
		assertThat(change.getRedirectedUrl()).isEqualTo(Journey.base(person, first));
	}

	@Test
	void badInputGetsClearMessagesAndKeepsWhatWasTyped() throws Exception {
		String reference = "BAD-" + TestData.unique();
		for (String age : List.of("26", "-1", "fourteen", "")) {
			MockHttpServletResponse response = this.journey.post("/young-people",
					Map.of("caseReference", List.of(reference), "age", List.of(age), "gender", List.of("NOT_KNOWN"),
							"onlineComponent", List.of("true"), "referralSource", List.of("SELF")));
			assertThat(response.getStatus()).as("age %s", age).isEqualTo(200);
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.select(".govuk-error-summary a[href='#age']").text()).as("age %s", age).isNotEmpty();
			assertThat(page.select("#caseReference").val()).isEqualTo(reference);
		}
		MockHttpServletResponse future = this.journey.post("/young-people",
				Map.of("caseReference", List.of(reference), "dobDay", List.of("1"), "dobMonth", List.of("1"), "dobYear",
						List.of("2999"), "gender", List.of("MADE_UP"), "onlineComponent", List.of("maybe"),
						"referralSource", List.of("SELF")));
		Document page = Jsoup.parse(future.getContentAsString());
		assertThat(page.select(".govuk-error-summary").text()).contains("Date of birth must be in the past",
				"Select the young person's gender", "Select yes if the case has an online component");
		assertThat(page.select("#dobYear").val()).isEqualTo("2999");

		long person = this.journey.recordYoungPerson("CODES-" + TestData.unique(), "10");
		long assessment = this.journey.start(person);
		MockHttpServletResponse unknown = this.journey.step(person, assessment, "factors",
				Map.of("factors", List.of("ISOLATED", "NOT_A_FACTOR")));
		assertThat(unknown.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(unknown.getContentAsString()).select(".govuk-error-summary").text())
			.contains("Unknown code: NOT_A_FACTOR");
		MockHttpServletResponse offScale = this.journey.step(person, assessment, "ten-cs/CONTENT",
				Map.of("rating", List.of("9"), "strengths", List.of("Kept")));
		Document offScalePage = Jsoup.parse(offScale.getContentAsString());
		assertThat(offScalePage.select(".govuk-error-summary").text()).contains("Select a rating from the scale");
		assertThat(offScalePage.select("#strengths").text()).isEqualTo("Kept");
		MockHttpServletResponse tooLong = this.journey.post(Journey.base(person, assessment) + "/notes",
				Map.of("text", List.of("x".repeat(2001))));
		assertThat(Jsoup.parse(tooLong.getContentAsString()).select(".govuk-error-summary").text())
			.contains("A note must be 2,000 characters or fewer");
		MockHttpServletResponse unknownC = this.journey.get(Journey.base(person, assessment) + "/ten-cs/NOT_A_C");
		assertThat(unknownC.getStatus()).isEqualTo(404);
	}

	@Test
	void imageUploadsAreRefusedWithAnExplanationAndTypedTextIsKept() throws Exception {
		long person = this.journey.recordYoungPerson("IMG-" + TestData.unique(), "15");
		long assessment = this.journey.start(person);
		String base = Journey.base(person, assessment);
		MockMultipartFile picture = new MockMultipartFile("file", "picture.jpg", "image/jpeg", new byte[] { 1, 2, 3 });
		MockHttpServletResponse refused = this.mvc
			.perform(multipart(base + "/attachments").file(picture).with(SignedIn.as(this.practitioner)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(415);
		assertThat(Jsoup.parse(refused.getContentAsString()).text())
			.contains("Indecent images of children must never be stored");

		MockHttpServletResponse withNote = this.mvc
			.perform(multipart(base + "/notes").file(picture)
				.param("text", "Seen on her phone, not copied")
				.with(SignedIn.as(this.practitioner))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(withNote.getStatus()).isEqualTo(415);
		assertThat(Jsoup.parse(withNote.getContentAsString()).select("textarea#text").text())
			.isEqualTo("Seen on her phone, not copied");
		assertThat(this.journey.page(base + "/notes").text()).contains("There are no notes yet.");

		MockHttpServletResponse imageBody = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(base + "/notes")
				.contentType("image/png")
				.content(new byte[] { (byte) 0x89, 'P', 'N', 'G' })
				.with(SignedIn.as(this.practitioner))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(imageBody.getStatus()).isEqualTo(415);

		MockHttpServletResponse note = this.journey.post(base + "/notes",
				Map.of("text", List.of("Spoke with her mother")));
		assertThat(note.getStatus()).isEqualTo(302);
		assertThat(this.journey.page(base + "/notes").text()).contains("Spoke with her mother");
	}

	@Test
	void caseloadPutsUnansweredUrgentPromptsFirst() throws Exception {
		long quiet = this.journey.recordYoungPerson("QUIET-" + TestData.unique(), "11");
		long urgent = this.journey.recordYoungPerson("URGENT-" + TestData.unique(), "11");
		long assessment = this.journey.start(urgent);
		this.journey.step(urgent, assessment, "concerns", Map.of("concerns", List.of("IMMEDIATE_RISK")));
		this.journey.complete(urgent, assessment);
		long later = this.journey.recordYoungPerson("LATER-" + TestData.unique(), "11");

		Document caseload = this.journey.page("/young-people");
		List<String> rows = caseload.select("tbody tr th a").eachAttr("href");
		assertThat(rows).containsExactly("/young-people/" + urgent, "/young-people/" + later, "/young-people/" + quiet);
		assertThat(caseload.select("tbody tr").first().text()).contains("1 urgent");
	}

	@Test
	void caseloadIsPaginatedAndScopedToTheAgency() throws Exception {
		for (int i = 0; i < 26; i++) {
			this.journey.recordYoungPerson("PAGE-" + TestData.unique(), "12");
		}
		Document first = this.journey.page("/young-people");
		assertThat(first.select("tbody tr")).hasSize(25);
		assertThat(first.select(".govuk-pagination__next a").attr("href")).isEqualTo("/young-people?page=2");
		Document second = this.journey.page("/young-people?page=2");
		assertThat(second.select("tbody tr")).hasSize(1);
		assertThat(this.journey.page("/young-people?page=not-a-number").select("tbody tr")).hasSize(25);
		// a colleague in another agency of the partnership sees none of them
		User other = this.data.user(this.partnership, this.data.agency(this.partnership), Role.PRACTITIONER);
		assertThat(new Journey(this.mvc, other).page("/young-people?show=agency").select("tbody tr")).isEmpty();
	}

	@Test
	void viewsChangesAndExportsAreLogged() throws Exception {
		long person = this.journey.recordYoungPerson("LOG-" + TestData.unique(), "9");
		long assessment = this.journey.start(person);
		this.journey.page("/young-people/" + person);
		MockHttpServletResponse pdf = this.journey.get(Journey.base(person, assessment) + "/report.pdf");
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		assertThat(events(person, "young person")).contains("RECORD_CHANGED", "RECORD_VIEWED");
		assertThat(eventsFor(this.practitioner)).contains("EXPORTED");
	}

	private List<String> homeUrgentPrompts() throws Exception {
		return this.journey.page("/").select("#urgent-prompts li").eachText();
	}

	private List<String> events(long id, String type) {
		return this.jdbc.sql("select event from access_log where target_type = :type and target_id = :id")
			.param("type", type)
			.param("id", String.valueOf(id))
			.query(String.class)
			.list();
	}

	private List<String> eventsFor(User user) {
		return this.jdbc.sql("select event from access_log where user_id = :user")
			.param("user", user.getId())
			.query(String.class)
			.list();
	}

}
