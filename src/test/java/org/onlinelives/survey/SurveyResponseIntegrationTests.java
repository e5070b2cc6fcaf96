package org.onlinelives.survey;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.EntryDetails;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.MockMvcSessions;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.survey.analysis.SurveyAnalysis;
import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyLink;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A young person answers through MockMvc from a distinctive address and browser; then
 * every column written for the response is read back and none can tie it to them.
 */
class SurveyResponseIntegrationTests extends WebIntegrationTest {

	private static final String ADDRESS = "203.0.113.77";

	private static final String AGENT = "Distinctive-Browser/9.9 (device 4f7c1e)";

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyAnalysis analysis;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Directory directory;

	private SignedInUser admin;

	private User adminUser;

	private PublishedSurvey published;

	private Survey survey;

	private SurveyLink link;

	private void publishWithLink(int maxResponses) {
		Partnership partnership = this.data.partnership();
		User user = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		this.adminUser = user;
		this.admin = new SignedInUser(user, false, false);
		Survey draft = this.design.create(this.admin, 2026, "Your online life");
		this.survey = this.design.publish(this.admin, draft.getId());
		this.published = this.design.published(this.survey);
		this.link = this.design.openLink(this.admin, this.survey.getId(), "Riverside Year 8", maxResponses);
	}

	private int number(String code) {
		for (int i = 0; i < this.published.questions().size(); i++) {
			if (this.published.questions().get(i).code().equals(code)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(code);
	}

	/** Answers a few questions, skips the rest, sends; returns the session id used. */
	private String answerAndSend() throws Exception {
		MockHttpSession session = new MockHttpSession(null, "visit-5be1d0c7");
		String take = "/youth-survey/" + this.link.getCode();
		this.mvc.perform(post(take + "/start").param("easyRead", "true").session(session).with(csrf()))
			.andExpect(redirectedUrl(take + "/questions/1"));
		Map<String, String[]> answers = Map.of("AGE", new String[] { "answer", "13" }, "GENDER",
				new String[] { "answer", "GIRL" }, "GROUPS", new String[] { "answers", "YOUNG_CARER" },
				"S_CYBERBULLIED", new String[] { "answer", "YES" }, "ANYTHING_ELSE",
				new String[] { "text", "I like making videos" });
		for (Map.Entry<String, String[]> answer : answers.entrySet()) {
			this.mvc.perform(post(take + "/questions/" + number(answer.getKey()))
				.param(answer.getValue()[0], answer.getValue()[1])
				.session(session)
				.with(csrf())
				.with((request) -> {
					request.setRemoteAddr(ADDRESS);
					return request;
				})
				.header("User-Agent", AGENT)).andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post(take + "/questions/" + number("DEVICES")).param("skip", "true").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(take + "/send").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You answered 5 of")));
		String sessionId = MockMvcSessions.id(session);
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from spring_session_attributes a "
								+ "join spring_session s on s.primary_id = a.session_primary_id "
								+ "where s.session_id = ? and a.attribute_name = 'surveyInProgress'",
						Integer.class, sessionId))
			.as("the answers so far are held in the session, in the database")
			.isOne();
		this.mvc.perform(post(take + "/send").session(session).with(csrf()).with((request) -> {
			request.setRemoteAddr(ADDRESS);
			return request;
		}).header("User-Agent", AGENT)).andExpect(redirectedUrl("/youth-survey/" + this.link.getCode() + "/help?sent"));
		assertThat(MockMvcSessions.id(session)).as("the session is forgotten once the answers are sent").isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				sessionId))
			.as("and deleted from the database, answers and all")
			.isZero();
		return sessionId;
	}

	@Test
	void noColumnWrittenForAResponseCanTieItToAPerson() throws Exception {
		publishWithLink(300);
		int accessLogBefore = this.jdbc.queryForObject("select count(*) from access_log", Integer.class);
		String sessionId = answerAndSend();

		assertThat(columns("survey_response")).containsExactlyInAnyOrder("id", "survey_id", "link_id", "answers");
		assertThat(columns("survey_text_answer")).containsExactlyInAnyOrder("response_id", "question_code",
				"answer_text");
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from survey_response where survey_id = ?",
				this.survey.getId());
		assertThat(rows).hasSize(1);
		Map<String, Object> row = rows.get(0);
		assertThat(row.get("survey_id")).isEqualTo(this.survey.getId());
		assertThat(row.get("link_id")).isEqualTo(this.link.getId());
		assertThat((String) row.get("answers")).isEqualTo("AGE=13;GENDER=GIRL;GROUPS=YOUNG_CARER;S_CYBERBULLIED=YES");
		UUID id = (UUID) row.get("id");
		assertThat(id.version()).as("a random id, not a sequence that orders responses in time").isEqualTo(4);
		List<Map<String, Object>> texts = this.jdbc
			.queryForList("select * from survey_text_answer where response_id = ?", id);
		assertThat(texts).containsExactly(
				Map.of("response_id", id, "question_code", "ANYTHING_ELSE", "answer_text", "I like making videos"));
		for (Map<String, Object> written : List.of(row, texts.get(0))) {
			for (Object value : written.values()) {
				assertThat(String.valueOf(value)).doesNotContain(ADDRESS)
					.doesNotContain("4f7c1e")
					.doesNotContain("Distinctive")
					.doesNotContain(sessionId);
			}
		}
		// nothing else about the visit was written anywhere, not even to the access log
		assertThat(this.jdbc.queryForObject("select count(*) from access_log", Integer.class))
			.isEqualTo(accessLogBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from access_log where remote_address = ? or detail like ?",
				Integer.class, ADDRESS, "%" + ADDRESS + "%"))
			.isZero();

		// and the response counts in the analysis straight away
		SurveyAnalysis.Results results = this.analysis.results(this.admin, this.survey);
		assertThat(results.responses()).isEqualTo(1);
	}

	@Test
	void theHelpPageAfterSendingNamesThePartnershipsOwnServicesForYoungPeople() throws Exception {
		publishWithLink(300);
		helpEntry(this.admin, "Riverside Youth Counselling", Reach.LOCAL, Audience.YOUNG_PEOPLE);
		helpEntry(this.admin, "Riverside Front Door", Reach.LOCAL, Audience.PROFESSIONALS);
		helpEntry(this.admin, "A national helpline", Reach.NATIONAL, Audience.YOUNG_PEOPLE);
		User otherAdmin = this.data.user(this.data.partnership(), null, Role.PARTNERSHIP_ADMIN);
		helpEntry(new SignedInUser(otherAdmin, false, false), "Elsewhere Youth Service", Reach.LOCAL,
				Audience.YOUNG_PEOPLE);

		answerAndSend();
		Document help = Jsoup
			.parse(this.mvc.perform(get("/youth-survey/" + this.link.getCode() + "/help").param("sent", ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(help.select(".govuk-panel__title").text()).isEqualTo("Thank you");
		assertThat(help.select("#local-help-list h4").eachText()).containsExactly("Riverside Youth Counselling");
		assertThat(help.select("main").text()).contains("call 999").contains("01632 960123");
	}

	private void helpEntry(SignedInUser owner, String name, Reach reach, Audience audience) {
		this.directory.add(owner,
				new EntryDetails(name, ServiceKind.COUNSELLING_AND_SUPPORT, "Someone to talk to.", Set.of(audience),
						Set.of(HelpTopic.CONTACT), reach, null, null, "01632 960123", null, null, null,
						LocalDate.now().plusMonths(6)),
				owner.email());
	}

	@Test
	void theReportAndExportsCarryEachScenarioByYearGroupGenderYearAndSchool() throws Exception {
		publishWithLink(300);
		answerAndSend();
		User admin = this.adminUser;
		byte[] pdf = this.mvc.perform(get("/surveys/" + this.survey.getId() + "/report.pdf").with(SignedIn.as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("By year group, gender, year and school or group")
				.contains("Riverside Year 8")
				.contains("Not shown, to protect small numbers");
		}
		String csv = this.mvc
			.perform(get("/surveys/" + this.survey.getId() + "/breakdowns.csv").with(SignedIn.as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// one response: every figure is too small to show
		assertThat(csv.lines().filter((line) -> line.startsWith("Have you been bullied online?,"))).contains(
				"Have you been bullied online?,Contact,Gender,Girl,suppressed,suppressed,suppressed",
				"Have you been bullied online?,Contact,School or group,Riverside Year 8,suppressed,suppressed,suppressed");
	}

	@Test
	void aCodeTakesNoMoreThanItsMaximum() throws Exception {
		publishWithLink(1);
		answerAndSend();
		MockHttpSession session = new MockHttpSession();
		String take = "/youth-survey/" + this.link.getCode();
		this.mvc.perform(post(take + "/start").session(session).with(csrf()));
		this.mvc.perform(post(take + "/send").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("had all the answers it can take")));
		assertThat(this.jdbc.queryForObject("select count(*) from survey_response where link_id = ?", Integer.class,
				this.link.getId()))
			.isEqualTo(1);
	}

	@Test
	void aPublishedSurveyKeepsTheContentItsHashFixes() {
		publishWithLink(10);
		String stored = this.jdbc.queryForObject("select published_content from survey where id = ?", String.class,
				this.survey.getId());
		assertThat(org.onlinelives.survey.questionnaire.QuestionBankLoader.sha256(stored))
			.isEqualTo(this.survey.getContentHash());
		assertThat(this.published.questions()).hasSize(this.design.bank().questions().size());
	}

	private Set<String> columns(String table) {
		return new HashSet<>(this.jdbc.queryForList(
				"select lower(column_name) from information_schema.columns where lower(table_name) = ?", String.class,
				table));
	}

}
