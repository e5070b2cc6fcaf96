package org.onlinelives.casedata;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Case studies (issue 12 item 6) on H2 and PostgreSQL: a draft is proposed, its
 * identifiers highlighted and resolved, approved by the lead, returned by the
 * administrator, edited, approved again and found in the partnership's library; bad input
 * gives a GOV.UK error, never a server error; every step is in the access log.
 */
abstract class CaseStudyScenarios extends WebIntegrationTest {

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	CaseStudyWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	Partnership partnership;

	Agency agency;

	User practitioner;

	User lead;

	User admin;

	User analyst;

	String reference;

	void world() {
		this.partnership = this.data.partnership();
		this.agency = this.data.agency(this.partnership);
		this.practitioner = this.data.user(this.partnership, this.agency, Role.PRACTITIONER);
		this.lead = this.data.user(this.partnership, this.agency, Role.AGENCY_LEAD);
		this.admin = this.data.user(this.partnership, null, Role.PARTNERSHIP_ADMIN);
		this.analyst = this.data.user(this.partnership, null, Role.ANALYST);
		this.reference = CaseStudyTestCases.assessedCase(this.youngPeople, this.assessments, this.practitioner,
				"CONTACT_CYBERBULLIED", "CONTENT_HATE_SITES");
	}

	@Test
	void aDraftGoesFromTheAssessmentThroughRedactionAndBothApprovalsToTheLibrary() throws Exception {
		world();
		MockHttpServletResponse proposed = send(post("/case-studies").param("caseReference", this.reference)
			.param("title", "Bullying that moved online")
			.param("narrative", "Case " + this.reference + ": Tyrone, 14 years old, was bullied in a group chat.\n\n"
					+ "The school and the family worked together."),
				this.practitioner);
		assertThat(proposed.getRedirectedUrl()).startsWith("/case-studies/drafts/");
		long id = Long.parseLong(proposed.getRedirectedUrl().substring("/case-studies/drafts/".length()));
		CaseStudy draft = this.workflow
			.current(new org.onlinelives.platform.security.SignedInUser(this.practitioner, false, false), id)
			.study();
		assertThat(draft.getAgeBand()).isEqualTo("14-15");
		assertThat(draft.getCs()).containsExactly("CONTACT", "CONTENT");

		Document page = page("/case-studies/drafts/" + id, this.practitioner);
		assertThat(page.select("#checked-narrative mark").eachText()).containsExactly(this.reference, "Tyrone",
				"14 years old");
		assertThat(page.select(".ol-cs-finding").text()).contains("The young person's case reference", "Possible name",
				"Possible exact age");
		assertThat(page.select(".govuk-warning-text").text()).contains("an aid, not a guarantee");

		Document refused = Jsoup.parse(body(send(
				post("/case-studies/drafts/" + id + "/submit").param("version", String.valueOf(draft.getVersion())),
				this.practitioner)));
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary").text())
			.contains("3 possible identifiers are still to resolve");

		long version = draft.getVersion();
		for (String text : new String[] { this.reference, "Tyrone" }) {
			send(post("/case-studies/drafts/" + id + "/redact").param("text", text)
				.param("version", String.valueOf(version)), this.practitioner);
			version++;
		}
		Document dismissalRefused = Jsoup
			.parse(body(send(post("/case-studies/drafts/" + id + "/not-identifier").param("kind", "AGE")
				.param("text", "14 years old")
				.param("reason", "")
				.param("version", String.valueOf(version)), this.practitioner)));
		assertThat(dismissalRefused.select("#reason-error").text()).contains("Enter why this is not an identifier");
		send(post("/case-studies/drafts/" + id + "/not-identifier").param("kind", "AGE")
			.param("text", "14 years old")
			.param("reason", "The age was changed for the study")
			.param("version", String.valueOf(version)), this.practitioner);
		version++;
		assertThat(send(post("/case-studies/drafts/" + id + "/submit").param("version", String.valueOf(version)),
				this.practitioner)
			.getRedirectedUrl()).isEqualTo("/case-studies/drafts/" + id);
		version++;

		assertThat(page("/case-studies/drafts", this.lead).select("main").text())
			.contains("Bullying that moved online");
		decide(id, this.lead, "APPROVE", "", version++);
		decide(id, this.admin, "RETURN", "Leave out the family", version++);
		Document returned = page("/case-studies/drafts/" + id, this.practitioner);
		assertThat(returned.select("#return-comment").text()).contains("Returned by the partnership administrator",
				"Leave out the family");
		assertThat(page("/case-studies", this.analyst).select(".ol-cs-result")).isEmpty();

		assertThat(send(post("/case-studies/drafts/" + id).param("title", "Bullying that moved online")
			.param("narrative", "A young person was bullied in a group chat, 14 years old.")
			.param("version", String.valueOf(version++)), this.practitioner).getRedirectedUrl())
			.isEqualTo("/case-studies/drafts/" + id);
		send(post("/case-studies/drafts/" + id + "/submit").param("version", String.valueOf(version++)),
				this.practitioner);
		decide(id, this.lead, "APPROVE", "Useful for new staff", version++);
		decide(id, this.admin, "APPROVE", "", version);

		Document library = page("/case-studies?c=CONTACT", this.analyst);
		assertThat(library.select(".ol-cs-result a").eachText()).containsExactly("Bullying that moved online");
		assertThat(page("/case-studies?c=COMMERCE", this.analyst).select(".ol-cs-result")).isEmpty();
		assertThat(page("/case-studies?ageBand=14-15", this.lead).select(".ol-cs-result")).hasSize(1);
		assertThat(page(get("/case-studies").param("q", "GROUP chat"), this.lead).select(".ol-cs-result")).hasSize(1);
		assertThat(page("/case-studies?scenario=CONTACT_CYBERBULLIED", this.lead).select(".ol-cs-result")).hasSize(1);
		assertThat(page(get("/case-studies").param("ageBand", "14-15")
			.param("q", "GROUP chat")
			.param("scenario", "CONTACT_CYBERBULLIED"), this.lead).select(".ol-cs-result")).hasSize(1);
		assertThat(page("/case-studies?ageBand=16-17", this.lead).select(".ol-cs-result")).isEmpty();
		assertThat(page(get("/case-studies").param("q", "100%"), this.lead).select(".ol-cs-result")).isEmpty();
		Document study = page("/case-studies/" + id, this.analyst);
		assertThat(study.select("h1").text()).isEqualTo("Bullying that moved online");
		assertThat(study.select("main").text()).contains("14-15 years", "Contact", "Has been bullied online");

		assertThat(this.jdbc.sql("select source_assessment_id from case_study where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()).isEmpty();
		assertThat(this.jdbc.sql("select narrative from case_study where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).doesNotContain(this.reference);
		assertThat(this.jdbc.sql("""
				select detail from access_log where partnership_id = :p and target_type = 'case study'
				  and target_id = :id order by id""")
			.param("p", this.partnership.getId())
			.param("id", String.valueOf(id))
			.query(String.class)
			.list()).contains("draft proposed", "possible identifier redacted (CASE_REFERENCE)",
					"possible identifier redacted (NAME)", "finding marked not an identifier (AGE)",
					"submitted to the agency lead", "approved by the agency lead",
					"returned by the partnership administrator", "text changed",
					"approved by the partnership administrator and published", "library");
	}

	@Test
	void badInputGivesAGovUkErrorNeverAServerError() throws Exception {
		world();
		expectError(
				post("/case-studies").param("caseReference", "NOBODY-1")
					.param("title", "")
					.param("narrative", "x".repeat(CaseStudy.MAX_NARRATIVE + 1)),
				"#caseReference-error", "Enter the case reference of a young person");
		expectError(post("/case-studies").param("caseReference", this.reference)
			.param("title", "A title")
			.param("narrative", "   "), "#narrative-error", "Enter the case study");
		// another agency's young person cannot be found from here
		User otherPractitioner = this.data.user(this.partnership, this.data.agency(this.partnership),
				Role.PRACTITIONER);
		MockHttpServletResponse otherAgency = send(post("/case-studies").param("caseReference", this.reference)
			.param("title", "A title")
			.param("narrative", "Text"), otherPractitioner);
		assertThat(Jsoup.parse(body(otherAgency)).select("#caseReference-error").text())
			.contains("Enter the case reference of a young person in your agency");
		CaseStudy draft = CaseStudyTestCases.draft(this.workflow, this.practitioner, this.reference,
				"Nothing identifying here.");
		String base = "/case-studies/drafts/" + draft.getId();
		expectError(
				post(base).param("title", "t".repeat(CaseStudy.MAX_TITLE + 1))
					.param("narrative", "Text")
					.param("version", String.valueOf(draft.getVersion())),
				"#title-error", "Title must be 120 characters or fewer");
		// a stale version: someone else saved first
		send(post(base).param("title", "First")
			.param("narrative", "Saved first.")
			.param("version", String.valueOf(draft.getVersion())), this.practitioner);
		Document stale = expectError(
				post(base).param("title", "Second")
					.param("narrative", "Saved second.")
					.param("version", String.valueOf(draft.getVersion())),
				".govuk-error-summary", "Someone else changed this case study");
		assertThat(stale.select("#narrative").text()).isEqualTo("Saved second.");
		expectError(post(base).param("title", "Second").param("narrative", "Text").param("version", "not a number"),
				".govuk-error-summary", "Someone else changed");
		// a double submit: the second press finds it already sent
		long version = draft.getVersion() + 1;
		send(post(base + "/submit").param("version", String.valueOf(version)), this.practitioner);
		expectError(post(base + "/submit").param("version", String.valueOf(version)), ".govuk-error-summary",
				"Someone else changed");
		expectError(post(base + "/submit").param("version", String.valueOf(version + 1)), ".govuk-error-summary",
				"already sent for approval");
		// a return without a comment, an unknown decision
		MockHttpServletResponse noComment = send(post(base + "/decision").param("decision", "RETURN")
			.param("comment", "")
			.param("version", String.valueOf(version + 1)), this.lead);
		assertThat(noComment.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(body(noComment)).select("#comment-error").text()).contains("Enter a comment");
		MockHttpServletResponse noDecision = send(
				post(base + "/decision").param("decision", "MAYBE").param("version", String.valueOf(version + 1)),
				this.lead);
		assertThat(Jsoup.parse(body(noDecision)).select("#decision-error").text())
			.contains("Select whether you approve");
		// an unknown filter
		Document filter = page("/case-studies?c=NOPE&q=" + "w".repeat(201), this.lead);
		assertThat(filter.title()).startsWith("Error: ");
		assertThat(filter.select("#c-error").text()).contains("Select a C from the list");
		assertThat(filter.select("#q-error").text()).contains("200 characters or fewer");
	}

	private Document expectError(MockHttpServletRequestBuilder request, String selector, String text) throws Exception {
		MockHttpServletResponse response = send(request, this.practitioner);
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		Document page = Jsoup.parse(body(response));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(selector).text()).contains(text);
		return page;
	}

	private void decide(long id, User who, String decision, String comment, long version) throws Exception {
		MockHttpServletResponse response = send(
				post("/case-studies/drafts/" + id + "/decision").param("decision", decision)
					.param("comment", comment)
					.param("version", String.valueOf(version)),
				who);
		assertThat(response.getRedirectedUrl()).as(body(response)).isEqualTo("/case-studies/drafts");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, User user) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(SignedIn.as(user))).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private Document page(String url, User user) throws Exception {
		return page(get(url), user);
	}

	private Document page(MockHttpServletRequestBuilder request, User user) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(SignedIn.as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		return Jsoup.parse(body(response));
	}

}
