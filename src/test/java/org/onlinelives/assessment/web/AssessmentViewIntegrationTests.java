package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.Journey;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View tests: every assessment page renders with a title and h1, labelled fields and
 * unique ids, and form errors follow the GOV.UK pattern (title prefix, summary link,
 * message tied to the field).
 */
class AssessmentViewIntegrationTests extends WebIntegrationTest {

	User practitioner;

	Journey journey;

	long person;

	long assessment;

	@BeforeEach
	void world() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		this.practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		this.journey = new Journey(this.mvc, this.practitioner);
		this.person = this.journey.recordYoungPerson("VIEW-" + TestData.unique(), "14");
		this.assessment = this.journey.start(this.person);
	}

	@Test
	void everyPageHasATitleAHeadingLabelledFieldsAndUniqueIds() throws Exception {
		String base = Journey.base(this.person, this.assessment);
		List<String> paths = new ArrayList<>(List.of("/young-people", "/young-people/new",
				"/young-people/" + this.person, "/young-people/" + this.person + "/edit", base + "/factors",
				base + "/scenarios", base + "/offline", base + "/concerns", base + "/check", base, base + "/notes",
				"/api-tokens", "/"));
		for (String c : List.of("CONTEXT", "CONTENT", "CONTACT", "CONDUCT", "CONFIDENTIALITY_AND_SELF_DISCLOSURE",
				"CONNECTION_AND_SOCIAL_CAPITAL", "COMPATIBILITY_AND_SELF_PRESENTATION", "CONSUMPTION",
				"COMMERCIAL_PERSONAL_PROFESSIONAL_VALUE", "COMPOSITE_AND_COMPLEX")) {
			paths.add(base + "/ten-cs/" + c);
		}
		for (String path : paths) {
			Document page = this.journey.page(path);
			assertThat(page.title()).as(path).endsWith("– Online Lives");
			assertThat(page.select("h1")).as(path).hasSize(1);
			Pages.assertLabelledAndUnique(page);
		}
		this.journey.step(this.person, this.assessment, "concerns", Map.of("concerns", List.of("IMMEDIATE_RISK")));
		this.journey.complete(this.person, this.assessment);
		Document prompt = this.journey.page(base + "/prompts/POLICE_WITHOUT_DELAY");
		Pages.assertLabelledAndUnique(prompt);
		Document summary = this.journey.page(base);
		Pages.assertLabelledAndUnique(summary);
		assertThat(summary.select("#ten-cs-chart").attr("aria-describedby")).isEqualTo("ten-cs-chart-desc");
		assertThat(summary.select("#ten-cs-chart [style]")).isEmpty();
		// labels are body text, not SVG text that shrinks with the picture
		assertThat(summary.select("#ten-cs-chart svg, #ten-cs-chart text")).isEmpty();
		assertThat(summary.select("#ten-cs-chart .ol-chart__label.govuk-body")).hasSize(10);
		assertThat(summary.select("[style]")).isEmpty();
	}

	@Test
	void youngPersonFormErrorsFollowTheGovukPattern() throws Exception {
		Document age = post("/young-people", Map.of("caseReference", List.of("X"), "age", List.of("26"), "gender",
				List.of("NOT_KNOWN"), "onlineComponent", List.of("true"), "referralSource", List.of("SELF")));
		Pages.assertFieldError(age, "age", "Age must be between 0 and 25");
		Document dob = post("/young-people",
				Map.of("caseReference", List.of("X"), "dobDay", List.of("31"), "dobMonth", List.of("2"), "dobYear",
						List.of("2012"), "gender", List.of("NOT_KNOWN"), "onlineComponent", List.of("true"),
						"referralSource", List.of("SELF")));
		Pages.assertFieldError(dob, "dobDay", "Date of birth must be a real date");
		Document missing = post("/young-people", Map.of());
		Pages.assertFieldError(missing, "caseReference", "Enter your agency's case reference");
		Pages.assertFieldError(missing, "gender", "Select the young person's gender");
		Pages.assertFieldError(missing, "referralSource", "Select who referred the young person");
	}

	@Test
	void aStaleChangeToTheRecordKeepsWhatWasTyped() throws Exception {
		String edit = "/young-people/" + this.person;
		Document form = this.journey.page(edit + "/edit");
		String version = form.select("input[name=version]").val();
		String reference = form.select("#caseReference").val();
		Map<String, List<String>> change = Map.of("caseReference", List.of(reference), "age", List.of("15"), "gender",
				List.of("NOT_KNOWN"), "onlineComponent", List.of("false"), "referralSource", List.of("POLICE"),
				"version", List.of(version));
		assertThat(this.journey.post(edit, change).getStatus()).isEqualTo(302);
		Map<String, List<String>> stale = new java.util.HashMap<>(change);
		stale.put("age", List.of("16"));
		Document refused = Jsoup.parse(this.journey.post(edit, stale).getContentAsString());
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary").text()).contains("Someone else changed these details");
		assertThat(refused.select("#age").val()).isEqualTo("16");
		assertThat(this.journey.page(edit).text()).contains("15 years old");
	}

	@Test
	void stepAndPromptErrorsFollowTheGovukPattern() throws Exception {
		String base = Journey.base(this.person, this.assessment);
		MockHttpServletResponse rating = this.journey.step(this.person, this.assessment, "ten-cs/CONTENT",
				Map.of("rating", List.of("0")));
		Pages.assertFieldError(Jsoup.parse(rating.getContentAsString()), "rating", "Select a rating from the scale");
		Document note = post(base + "/notes", Map.of("text", List.of(" ")));
		Pages.assertFieldError(note, "text", "Enter the note");
		Document token = post("/api-tokens", Map.of("name", List.of("")));
		Pages.assertFieldError(token, "name", "Enter a name for the token");
		this.journey.step(this.person, this.assessment, "concerns", Map.of("concerns", List.of("POSSIBLE_CRIME")));
		this.journey.complete(this.person, this.assessment);
		String prompt = base + "/prompts/POLICE_POSSIBLE_CRIME";
		Document answer = post(prompt, Map.of("version", List.of(this.journey.versionOn(prompt))));
		Pages.assertFieldError(answer, "answer", "Select done or not applicable");
		Document future = post(prompt, Map.of("answer", List.of("DONE"), "doneDay", List.of("1"), "doneMonth",
				List.of("1"), "doneYear", List.of("2999"), "version", List.of(this.journey.versionOn(prompt))));
		Pages.assertFieldError(future, "doneDay", "must be today or in the past");
		String longNote = "n".repeat(1001);
		Document tooLong = post(prompt, Map.of("answer", List.of("NOT_APPLICABLE"), "note", List.of(longNote),
				"version", List.of(this.journey.versionOn(prompt))));
		Pages.assertFieldError(tooLong, "note", "The note must be 1,000 characters or fewer");
		assertThat(tooLong.getElementById("note").text()).isEqualTo(longNote);
		Document why = post(prompt, Map.of("answer", List.of("NOT_APPLICABLE"), "note", List.of(" "), "version",
				List.of(this.journey.versionOn(prompt))));
		Pages.assertFieldError(why, "note", "Say why this prompt does not apply");
	}

	private Document post(String path, Map<String, List<String>> params) throws Exception {
		MockHttpServletResponse response = this.journey.post(path, params);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
