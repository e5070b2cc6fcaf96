package org.onlinelives.selfaudit.web;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.User;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The self-audit journey through the web layer, run on H2 and on PostgreSQL: opening a
 * cycle, starting, scoring, bad input, clashes, submission, QA, sign-off.
 */
abstract class SelfAuditScenarios extends WebIntegrationTest {

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditQa qa;

	@Autowired
	JdbcClient jdbc;

	SelfAuditWorld world;

	@BeforeEach
	void world() {
		this.world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
	}

	// --- opening a cycle

	@Test
	void adminOpensACycleForChosenAgencies() throws Exception {
		MockHttpServletResponse response = perform(post("/audit-cycles").param("name", "Autumn review")
			.param("periodStart", "2026-04-01")
			.param("periodEnd", "2027-03-31")
			.param("deadline", "2026-12-31")
			.param("agencyIds", this.world.agency.getId().toString()), this.world.admin);
		assertThat(response.getStatus()).isEqualTo(302);
		Document cycle = page(get(response.getRedirectedUrl()), this.world.admin);
		assertThat(cycle.select("h1").text()).isEqualTo("Autumn review");
		assertThat(cycle.text()).contains(this.world.agency.getName())
			.contains("Not started")
			.contains("1 agency has not submitted")
			.doesNotContain(this.world.otherAgency.getName());
		assertThat(this.jdbc.sql("select count(*) from selfaudit_framework where version = '2026-1'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void cycleFormRefusesBadDatesAndNoAgenciesKeepingWhatWasTyped() throws Exception {
		Document page = page(post("/audit-cycles").param("name", "Typed name")
			.param("periodStart", "2026-04-01")
			.param("periodEnd", "2026-03-01")
			.param("deadline", "not a date"), this.world.admin);
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select(".govuk-error-summary a").eachText())
			.contains("Enter the deadline as a real date, for example 2026-12-31", "Choose at least one agency");
		assertThat(page.select("#name").val()).isEqualTo("Typed name");
		Document order = page(post("/audit-cycles").param("name", "Typed name")
			.param("periodStart", "2026-04-01")
			.param("periodEnd", "2026-03-01")
			.param("deadline", "2026-12-31")
			.param("agencyIds", this.world.agency.getId().toString()), this.world.admin);
		assertThat(order.select(".govuk-error-summary a").eachText())
			.containsExactly("The end of the period must be the same as or after its start");
	}

	@Test
	void anotherPartnershipsAgencyCannotBeChosen() throws Exception {
		MockHttpServletResponse response = perform(post("/audit-cycles").param("name", "Sneaky")
			.param("periodStart", "2026-04-01")
			.param("periodEnd", "2027-03-31")
			.param("deadline", "2026-12-31")
			.param("agencyIds", this.world.agency.getId().toString()), this.world.otherPartnershipAdmin);
		assertThat(response.getStatus()).isEqualTo(404);
	}

	// --- completing an audit

	@Test
	void leadStartsTheirAgencysAuditOnceOnly() throws Exception {
		AuditCycle cycle = this.world.cycle("Start", this.world.agency);
		Document list = page(get("/audits"), this.world.lead);
		assertThat(list.text()).contains(cycle.getName()).contains("Not started");
		MockHttpServletResponse first = perform(post("/audits").param("cycleId", cycle.getId().toString()),
				this.world.lead);
		MockHttpServletResponse second = perform(post("/audits").param("cycleId", cycle.getId().toString()),
				this.world.lead);
		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl()).matches("/audits/\\d+");
		Document audit = page(get(first.getRedirectedUrl()), this.world.lead);
		assertThat(audit.select("#progress").text()).isEqualTo("0 of 36 statements scored");
		assertThat(audit.select("table a").eachText()).hasSize(6).first().asString().startsWith("Section 1: Data");
	}

	@Test
	void anAgencyNotInTheCycleCannotStartIt() throws Exception {
		AuditCycle cycle = this.world.cycle("Only one", this.world.agency);
		assertThat(
				perform(post("/audits").param("cycleId", cycle.getId().toString()), this.world.otherLead).getStatus())
			.isEqualTo(404);
	}

	@Test
	void sectionPageShowsSixStatementsWithScaleAndGuidanceNamingTheSource() throws Exception {
		Audit audit = this.world.started();
		Document page = page(get("/audits/" + audit.getId() + "/sections/2"), this.world.lead);
		assertThat(page.select("h1").text()).startsWith("Section 2:");
		assertThat(page.select(".sa-statement h2").eachText()).hasSize(6)
			.allSatisfy((heading) -> assertThat(heading).startsWith("2."));
		assertThat(page.select("input[type=radio][name=statements[0].score]")).hasSize(6);
		assertThat(page.select("label[for=statements[0].score]").text()).isEqualTo("0 – Not at all");
		assertThat(page.select(".govuk-radios__hint").first().text()).contains("no evidence");
		assertThat(page.select("textarea[name=statements[0].evidence]")).hasSize(1);
		assertThat(page.select(".govuk-character-count[data-maxlength=10000]")).hasSize(6);
		assertThat(page.select("details").text()).contains("Why it matters", "Questions to consider", "Sources of help",
				"Youthworks for Dudley");
		assertThat(page.select("form[action$=/sections/2] input[name=_csrf]")).hasSize(1);
	}

	@Test
	void savingASectionScoresItAndCountsProgress() throws Exception {
		Audit audit = this.world.started();
		MockHttpServletResponse response = perform(section(audit, 1, Map.of(0, "3", 1, "0", 5, "4"),
				Map.of(0, "Our referral form asks", 5, "Annual report"),
				"https://example.org/policy\nhttp://intranet.test/data", versions(audit)), this.world.lead);
		assertThat(response.getRedirectedUrl()).isEqualTo("/audits/" + audit.getId() + "/sections/1");
		Map<String, AuditStatement> stored = this.world.statements(audit);
		assertThat(stored.get("1.1").getScore()).isEqualTo(3);
		assertThat(stored.get("1.2").getScore()).isEqualTo(0);
		assertThat(stored.get("1.3").getScore()).isNull();
		assertThat(stored.get("1.1").linkList()).containsExactly("https://example.org/policy",
				"http://intranet.test/data");
		Document page = page(get("/audits/" + audit.getId() + "/sections/1"), this.world.lead);
		assertThat(page.select("#progress").text()).isEqualTo("3 of 36 statements scored");
		assertThat(page.getElementById("statements[0].score-4").hasAttr("checked")).isTrue();
		assertThat(page.getElementById("statements[0].score-4").val()).isEqualTo("3");
		assertThat(page.getElementById("statements[0].score-5").hasAttr("checked")).isFalse();
		assertThat(page.select("textarea[name=statements[0].evidence]").text()).isEqualTo("Our referral form asks");
	}

	@Test
	void scoresOffTheScaleOversizedEvidenceAndBadLinksAreRefusedKeepingEverythingTyped() throws Exception {
		Audit audit = this.world.started();
		String longEvidence = "e".repeat(10_001);
		MockHttpServletRequestBuilder request = section(audit, 1, Map.of(0, "7", 1, "seven", 2, "2"),
				Map.of(0, "kept text", 3, longEvidence), "https://ok.example\njavascript:alert(1)", versions(audit));
		Document page = page(request, this.world.lead);
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select(".govuk-error-summary a").eachText()).contains(
				"Choose a score from 0 to 4 for statement 1.1", "Choose a score from 0 to 4 for statement 1.2",
				"Evidence for statement 1.4 must be 10,000 characters or fewer. You have 10,001.");
		assertThat(page.select(".govuk-error-summary a").eachText())
			.anySatisfy((error) -> assertThat(error).contains("javascript:alert(1)"));
		assertThat(page.select(".govuk-error-summary a").first().attr("href")).isEqualTo("#statements[0].score");
		assertThat(page.select("textarea[name=statements[0].evidence]").text()).isEqualTo("kept text");
		assertThat(page.select("textarea[name=statements[3].evidence]").text()).hasSize(10_001);
		assertThat(page.select("input[id=statements[2].score-3]").hasAttr("checked")).isTrue();
		assertThat(this.world.statements(audit).get("1.3").getScore()).isNull();
	}

	@Test
	void theLaterOfTwoSavesOfTheSameStatementIsRefusedAndKeepsWhatWasTyped() throws Exception {
		Audit audit = this.world.started();
		this.selfAudits.assignSection(SelfAuditWorld.signedIn(this.world.lead), audit, 1,
				this.world.practitioner.getId());
		// both load the page; the lead saves first
		Map<String, Long> loaded = versions(audit);
		perform(section(audit, 1, Map.of(0, "2"), "Lead's evidence", ""), this.world.lead);
		Document clash = page(section(audit, 1, Map.of(0, "4"), Map.of(0, "Practitioner's evidence"), "", loaded),
				this.world.practitioner);
		assertThat(clash.title()).startsWith("Error:");
		assertThat(clash.select(".govuk-error-summary a").text())
			.contains("saved statement 1.1 while you were working");
		assertThat(clash.select("textarea[name=statements[0].evidence]").text()).isEqualTo("Practitioner's evidence");
		assertThat(clash.select(".govuk-inset-text").text()).contains("Lead's evidence").contains("Score: 2");
		assertThat(this.world.statements(audit).get("1.1").getScore()).isEqualTo(2);
		// saving again, having seen the other answer, replaces it
		Map<String, Long> shown = new java.util.HashMap<>(loaded);
		shown.put("1.1", Long.valueOf(clash.select("input[name=statements[0].version]").val()));
		MockHttpServletRequestBuilder again = section(audit, 1, Map.of(0, "4"), Map.of(0, "Practitioner's evidence"),
				"", shown);
		assertThat(perform(again, this.world.practitioner).getStatus()).isEqualTo(302);
		assertThat(this.world.statements(audit).get("1.1").getScore()).isEqualTo(4);
	}

	@Test
	void aPractitionerEditsOnlyTheSectionsSharedWithThem() throws Exception {
		Audit audit = this.world.started();
		assertThat(perform(section(audit, 2, Map.of(0, "1"), "x", ""), this.world.practitioner).getStatus())
			.isEqualTo(403);
		this.selfAudits.assignSection(SelfAuditWorld.signedIn(this.world.lead), audit, 2,
				this.world.practitioner.getId());
		assertThat(perform(section(audit, 2, Map.of(0, "1"), "x", ""), this.world.practitioner).getStatus())
			.isEqualTo(302);
		assertThat(perform(section(audit, 3, Map.of(0, "1"), "x", ""), this.world.practitioner).getStatus())
			.isEqualTo(403);
	}

	@Test
	void sectionsCanOnlyBeSharedWithColleaguesInTheSameAgency() throws Exception {
		Audit audit = this.world.started();
		assertThat(perform(post("/audits/" + audit.getId() + "/sections/2/assignment").param("assigneeId",
				this.world.otherLead.getId().toString()), this.world.lead)
			.getStatus()).isEqualTo(404);
		assertThat(perform(post("/audits/" + audit.getId() + "/sections/2/assignment").param("assigneeId",
				this.world.practitioner.getId().toString()), this.world.lead)
			.getStatus()).isEqualTo(302);
		assertThat(page(get("/audits/" + audit.getId()), this.world.lead).text())
			.contains(this.world.practitioner.getDisplayName());
	}

	@Test
	void anotherAgencysAuditIsNotFound() throws Exception {
		Audit audit = this.world.started();
		for (String path : List.of("", "/sections/1", "/submit")) {
			assertThat(perform(get("/audits/" + audit.getId() + path), this.world.otherLead).getStatus()).as(path)
				.isEqualTo(404);
		}
		assertThat(perform(section(audit, 1, Map.of(0, "1"), "x", ""), this.world.otherLead).getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/audits/" + audit.getId()), this.world.otherPartnershipAdmin).getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/audits/999999999"), this.world.lead).getStatus()).isEqualTo(404);
	}

	@Test
	void tamperedSectionFormsGetAClearMessageNeverAServerError() throws Exception {
		Audit audit = this.world.started();
		String path = "/audits/" + audit.getId() + "/sections/1";
		Document missing = page(post(path).param("statements[0].number", "1.1").param("statements[0].score", "2"),
				this.world.lead);
		assertThat(missing.select(".govuk-error-summary").text()).contains("did not match this section");
		MockHttpServletRequestBuilder wrong = section(audit, 2, Map.of(0, "1"), "x", "");
		Document otherSection = page(wrong.with((request) -> {
			request.setRequestURI(path);
			return request;
		}), this.world.lead);
		assertThat(otherSection.title()).startsWith("Error:");
		MockHttpServletResponse unbindable = perform(post(path).param("statements[5000].score", "1"), this.world.lead);
		assertThat(unbindable.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(unbindable.getContentAsString()).select("h1").text())
			.isEqualTo("There is a problem with your request");
		Document gap = page(post(path).param("statements[0].number", "1.1").param("statements[2].number", "1.3"),
				this.world.lead);
		assertThat(gap.select(".govuk-error-summary").text()).contains("did not match this section");
		assertThat(perform(get("/audits/" + audit.getId() + "/sections/7"), this.world.lead).getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/audits/" + audit.getId() + "/sections/one"), this.world.lead).getStatus())
			.isEqualTo(404);
		assertThat(perform(post("/audits").param("cycleId", "not-a-number"), this.world.lead).getStatus())
			.isLessThan(500);
	}

	// --- submission

	@Test
	void submittingAnIncompleteAuditSaysHowManyAreScored() throws Exception {
		Audit audit = this.world.started();
		perform(section(audit, 1, Map.of(0, "1", 1, "2"), "e", ""), this.world.lead);
		Document page = page(post("/audits/" + audit.getId() + "/submit"), this.world.lead);
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Score every statement before submitting: 2 of 36 are scored");
		assertThat(this.world.reload(audit, this.world.lead).getStatus()).isEqualTo(AuditStatus.IN_PROGRESS);
	}

	@Test
	void checkAnswersListsEveryStatementThenSubmitsOnceAndASecondSubmitIsHarmless() throws Exception {
		Audit audit = this.world.scored(this.world.started(), this.world.lead, (i) -> i % 5);
		Document check = page(get("/audits/" + audit.getId() + "/submit"), this.world.lead);
		assertThat(check.select(".govuk-summary-list__row")).hasSize(36);
		assertThat(check.select("#progress").text()).isEqualTo("36 of 36 statements scored");
		MockHttpServletResponse first = perform(post("/audits/" + audit.getId() + "/submit"), this.world.lead);
		assertThat(first.getRedirectedUrl()).startsWith("/audits/" + audit.getId());
		assertThat(this.world.reload(audit, this.world.lead).getStatus()).isEqualTo(AuditStatus.SUBMITTED);
		MvcResult second = result(post("/audits/" + audit.getId() + "/submit"), this.world.lead);
		assertThat(second.getResponse().getStatus()).isEqualTo(302);
		assertThat(second.getFlashMap().get("notice")).isEqualTo("selfaudit.submit.already");
	}

	@Test
	void aSubmittedAuditRefusesChangesKeepingWhatWasTyped() throws Exception {
		Audit audit = this.world.submitted();
		Document page = page(section(audit, 1, Map.of(0, "4"), "late change", ""), this.world.lead);
		assertThat(page.select(".govuk-error-summary").text()).contains("has been submitted");
		assertThat(page.select(".govuk-inset-text").text()).contains("has been submitted");
		assertThat(page.select(".sa-unsaved").first().text()).isEqualTo("late change");
		assertThat(page.select(".sa-unsaved").first().parent().text()).contains("Score: 4");
	}

	// --- QA

	@Test
	void reviewerSeesSubmittedAuditsOnlyAndChallengesWithCommentAndProposedScore() throws Exception {
		Audit inProgress = this.world.started();
		assertThat(perform(get("/audits/" + inProgress.getId()), this.world.reviewer).getStatus()).isEqualTo(404);
		Audit audit = this.world.submitted();
		assertThat(page(get("/audits"), this.world.reviewer).text()).contains(this.world.agency.getName());
		Document qaPage = page(get("/audits/" + audit.getId() + "/qa"), this.world.reviewer);
		assertThat(qaPage.text()).contains("36 statements are waiting for you");
		Document missing = page(
				post("/audits/" + audit.getId() + "/statements/1.2/review").param("decision", "CHALLENGE"),
				this.world.reviewer);
		assertThat(missing.select(".govuk-error-summary a").eachText()).containsExactly(
				"Enter a comment saying why you challenge the score", "Choose the score you propose, from 0 to 4");
		Document same = page(post("/audits/" + audit.getId() + "/statements/1.2/review").param("decision", "CHALLENGE")
			.param("comment", "Where is this counted?")
			.param("proposedScore", "1"), this.world.reviewer);
		assertThat(same.select(".govuk-error-summary a").eachText())
			.containsExactly("Propose a different score from the agency's, or confirm their score");
		assertThat(same.select("#comment").text()).isEqualTo("Where is this counted?");
		assertThat(perform(post("/audits/" + audit.getId() + "/statements/1.2/review").param("decision", "CHALLENGE")
			.param("comment", "Where is this counted?")
			.param("proposedScore", "0"), this.world.reviewer).getStatus()).isEqualTo(302);
		AuditStatement challenged = this.world.statements(audit).get("1.2");
		assertThat(challenged.getQaState()).isEqualTo(org.onlinelives.selfaudit.audit.QaState.CHALLENGED);
		assertThat(this.world.reload(audit, this.world.reviewer).getStatus()).isEqualTo(AuditStatus.IN_QA);
		assertThat(page(get("/audits/" + audit.getId() + "/qa"), this.world.lead).text())
			.contains("The QA reviewer has challenged 1 score");
	}

	@Test
	void challengeAcceptedAnsweredAgreedAndSignedOffWithFullHistory() throws Exception {
		Audit audit = this.world.submitted();
		String base = "/audits/" + audit.getId();
		// agency scored 1.2 as 1 and 1.3 as 2 (index % 5)
		perform(post(base + "/statements/1.2/review").param("decision", "CHALLENGE")
			.param("comment", "No count yet")
			.param("proposedScore", "0"), this.world.reviewer);
		perform(post(base + "/statements/1.3/review").param("decision", "CHALLENGE")
			.param("comment", "Show the data")
			.param("proposedScore", "1"), this.world.reviewer);
		assertThat(perform(post(base + "/agree"), this.world.reviewer).getStatus()).isEqualTo(409);
		perform(post(base + "/qa/confirm-remaining"), this.world.reviewer);
		assertThat(perform(post(base + "/statements/1.2/response").param("decision", "ACCEPT"), this.world.lead)
			.getStatus()).isEqualTo(302);
		Document noAnswer = page(post(base + "/statements/1.3/response").param("decision", "ANSWER"), this.world.lead);
		assertThat(noAnswer.select(".govuk-error-summary a").eachText())
			.containsExactly("Enter your answer to the challenge");
		perform(post(base + "/statements/1.3/response").param("decision", "ANSWER")
			.param("response", "See the monthly report"), this.world.lead);
		perform(post(base + "/statements/1.3/review").param("decision", "CONFIRM"), this.world.reviewer);
		assertThat(perform(post(base + "/agree"), this.world.reviewer).getStatus()).isEqualTo(302);
		assertThat(perform(post(base + "/sign-off").param("confirmed", "yes"), this.world.reviewer).getRedirectedUrl())
			.isEqualTo(base + "/results");
		Audit signedOff = this.world.reload(audit, this.world.lead);
		assertThat(signedOff.getStatus()).isEqualTo(AuditStatus.SIGNED_OFF);
		Map<String, AuditStatement> statements = this.world.statements(audit);
		assertThat(statements.get("1.2").getAgreedScore()).isEqualTo(0);
		assertThat(statements.get("1.3").getAgreedScore()).isEqualTo(2);
		Document history = page(get(base + "/history"), this.world.lead);
		assertThat(history.select("tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).startsWith("1.2")
				.contains(this.world.lead.getDisplayName())
				.contains("1 0 Agency accepted the QA challenge: No count yet"))
			.anySatisfy((row) -> assertThat(row).startsWith("1.3")
				.contains(this.world.reviewer.getDisplayName())
				.contains("2 2 Agreed at QA"));
		// read-only after sign-off
		Document late = page(section(audit, 1, Map.of(0, "4"), "after sign-off", ""), this.world.lead);
		assertThat(late.select(".govuk-error-summary").text()).contains("has been signed off");
		assertThat(late.select(".sa-unsaved").first().text()).isEqualTo("after sign-off");
		assertThat(this.world.statements(audit).get("1.1").getScore()).isEqualTo(0);
		MockHttpServletResponse reReview = perform(post(base + "/statements/1.1/review").param("decision", "CONFIRM"),
				this.world.reviewer);
		assertThat(Jsoup.parse(reReview.getContentAsString()).select(".govuk-error-summary").text())
			.contains("signed off");
		MvcResult again = result(post(base + "/sign-off"), this.world.reviewer);
		assertThat(again.getFlashMap().get("notice")).isEqualTo("selfaudit.signOff.already");
	}

	@Test
	void onlyTheReviewerReviewsAndOnlyTheLeadResponds() throws Exception {
		Audit audit = this.world.submitted();
		String base = "/audits/" + audit.getId();
		assertThat(perform(post(base + "/statements/1.1/review").param("decision", "CONFIRM"), this.world.lead)
			.getStatus()).isEqualTo(403);
		assertThat(perform(get(base + "/statements/1.1/response"), this.world.reviewer).getStatus()).isEqualTo(403);
		assertThat(perform(get(base + "/statements/9.9/review"), this.world.reviewer).getStatus()).isEqualTo(404);
		assertThat(perform(get(base + "/statements/1.1/response"), this.world.otherLead).getStatus()).isEqualTo(404);
	}

	// --- results and report

	static int expectedSectionTotal(int section) {
		int total = 0;
		for (int i = (section - 1) * 6; i < section * 6; i++) {
			total += i % 5;
		}
		return total;
	}

	@Test
	void resultsShowSectionTotalsBandsRankingAndAccessibleCharts() throws Exception {
		Audit audit = this.world.submitted();
		Document page = page(get("/audits/" + audit.getId() + "/results"), this.world.lead);
		int overall = 0;
		for (int section = 1; section <= 6; section++) {
			overall += expectedSectionTotal(section);
			assertThat(page.select("#section-chart-table tbody tr").get(section - 1).text())
				.startsWith("Section " + section + ":")
				.contains(expectedSectionTotal(section) + "/24");
		}
		assertThat(page.select("#overall-total").text()).isEqualTo(overall + "/144");
		assertThat(page.select("#section-chart-table tbody tr").last().text()).contains(overall + "/144")
			.contains(Math.round(100.0 * overall / 144) + "%");
		// statements scored 4 are the strongest, in statement order
		assertThat(page.select("#strongest li").first().text()).startsWith("1.5").endsWith("(score 4)");
		assertThat(page.select("#weakest li").first().text()).startsWith("1.1").endsWith("(score 0)");
		for (String chart : List.of("section-chart", "profile-chart")) {
			org.jsoup.nodes.Element svg = page.select("svg[aria-labelledby=" + chart + "-title " + chart + "-desc]")
				.first();
			assertThat(svg).as(chart).isNotNull();
			assertThat(svg.attr("role")).isEqualTo("img");
			assertThat(page.select("#" + chart + "-title").text()).isNotBlank();
			assertThat(page.select("#" + chart + "-desc").text()).isNotBlank();
			assertThat(svg.parent().nextElementSibling().id()).isEqualTo(chart + "-table");
		}
		assertThat(page.select("#profile-chart-desc").text()).contains("1.1: 0.").contains("6.6: 0.");
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("#profile-chart-table tbody tr")).hasSize(6);
	}

	@Test
	void partnershipRagThresholdsChangeTheBands() throws Exception {
		Audit audit = this.world.submitted();
		// overall 70/144 is 49%: red by default
		assertThat(page(get("/audits/" + audit.getId() + "/results"), this.world.lead).select("#overall-total")
			.first()
			.parent()
			.text()).contains("Red");
		Document refused = page(
				post("/audit-cycles/settings").param("amberFromPercent", "60").param("greenFromPercent", "40"),
				this.world.admin);
		assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly("Green must start above amber");
		assertThat(
				perform(post("/audit-cycles/settings").param("amberFromPercent", "40").param("greenFromPercent", "90"),
						this.world.admin)
					.getStatus())
			.isEqualTo(302);
		assertThat(page(get("/audits/" + audit.getId() + "/results"), this.world.lead).select("#overall-total")
			.first()
			.parent()
			.text()).contains("Amber");
	}

	@Test
	void pdfReportOfASignedOffAuditHasEverySectionsScoreAndIsLogged() throws Exception {
		Audit submitted = this.world.submitted();
		assertThat(perform(get("/audits/" + submitted.getId() + "/report.pdf"), this.world.lead).getStatus())
			.isEqualTo(404);
		Audit audit = this.world.signedOff(submitted);
		MockHttpServletResponse response = perform(get("/audits/" + audit.getId() + "/report.pdf"), this.world.lead);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		String text = pdfText(response.getContentAsByteArray());
		for (int section = 1; section <= 6; section++) {
			assertThat(text.replaceAll("\\s+", " "))
				.containsPattern("Section " + section + ": [^%]*? " + expectedSectionTotal(section) + "/24");
		}
		assertThat(text).contains(this.world.agency.getName()).contains("Evidence for 6.6");
		assertThat(this.jdbc
			.sql("select count(*) from access_log where user_id = :u and event = 'EXPORTED' and target_id = :a")
			.param("u", this.world.lead.getId())
			.param("a", String.valueOf(audit.getId()))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(perform(get("/audits/" + audit.getId() + "/report.pdf"), this.world.otherLead).getStatus())
			.isEqualTo(404);
	}

	static String pdfText(byte[] pdf) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	// --- action plan

	@Test
	void lowScoresProposeActionsTheLeadPlansThemOverdueStandOutAndOpenOnesCarryIntoTheNextCycle() throws Exception {
		AuditCycle first = this.world.cycle("First", this.world.agency);
		// statements scored 0 or 1: every index with i % 5 < 2
		Audit audit = this.world.submitted(first, this.world.lead, (i) -> i % 5);
		String base = "/audits/" + audit.getId() + "/actions";
		Document plan = page(get(base), this.world.lead);
		assertThat(plan.select("#proposals tbody tr")).hasSize(15);
		assertThat(plan.select("#proposals tbody tr").first().text()).startsWith("1.1");
		Document form = page(get(base + "/new").param("statement", "1.1"), this.world.lead);
		String proposed = form.select("#description").text();
		assertThat(proposed).isNotBlank();
		Document bad = page(post(base).param("statementNumber", "1.1")
			.param("description", "")
			.param("dueDate", "31/02/2026")
			.param("status", "NOT_STARTED")
			.param("ownerId", this.world.otherLead.getId().toString()), this.world.lead);
		assertThat(bad.select(".govuk-error-summary a").eachText()).containsExactlyInAnyOrder("Enter what will be done",
				"Enter the due date as a real date, for example 2027-03-31", "Choose an owner from your agency");
		assertThat(perform(post(base).param("statementNumber", "1.1")
			.param("description", proposed)
			.param("dueDate", "2020-01-31")
			.param("status", "IN_PROGRESS")
			.param("ownerId", this.world.practitioner.getId().toString()), this.world.lead).getStatus()).isEqualTo(302);
		perform(post(base).param("description", "Our own idea").param("status", "DONE"), this.world.lead);
		plan = page(get(base), this.world.lead);
		assertThat(plan.select("#proposals tbody tr")).hasSize(14);
		assertThat(plan.select("#plan tbody tr")).hasSize(2);
		assertThat(plan.select("#plan tbody tr").text()).contains("Overdue")
			.contains(this.world.practitioner.getDisplayName());

		// next cycle: the open action carries over, the done one does not
		AuditCycle second = this.world.cycle("Second", this.world.agency);
		Audit next = this.world.submitted(second, this.world.lead, (i) -> 3);
		Document carried = page(get("/audits/" + next.getId() + "/actions"), this.world.lead);
		assertThat(carried.select("#plan tbody tr")).hasSize(1);
		assertThat(carried.select("#plan tbody tr").text()).contains("Carried over").doesNotContain("Our own idea");
		assertThat(carried.select("#proposals")).isEmpty();

		// another agency cannot reach the action
		String actionPath = plan.select("#plan a").first().attr("href");
		assertThat(perform(get(actionPath), this.world.otherLead).getStatus()).isEqualTo(404);
	}

	// --- feedback

	@Test
	void afterSubmissionTheSixQuestionsAreOfferedOnceAndAdministratorsReadTheAnswers() throws Exception {
		Audit audit = this.world.scored(this.world.started(), this.world.lead, (i) -> 2);
		assertThat(perform(get("/audits/" + audit.getId() + "/feedback"), this.world.lead).getStatus()).isEqualTo(404);
		assertThat(perform(post("/audits/" + audit.getId() + "/submit"), this.world.lead).getRedirectedUrl())
			.isEqualTo("/audits/" + audit.getId() + "/feedback");
		Document form = page(get("/audits/" + audit.getId() + "/feedback"), this.world.lead);
		assertThat(form.select("textarea")).hasSize(6);
		assertThat(form.select("label[for=answers[0]]").text()).startsWith("1. ");
		Document tooLong = page(post("/audits/" + audit.getId() + "/feedback").param("answers[0]", "x".repeat(4001))
			.param("answers[5]", "Shorter statements"), this.world.lead);
		assertThat(tooLong.select(".govuk-error-summary a").eachText())
			.containsExactly("Your answer to question 1 must be 4,000 characters or fewer");
		assertThat(tooLong.select("textarea[name=answers[5]]").text()).isEqualTo("Shorter statements");
		perform(post("/audits/" + audit.getId() + "/feedback").param("answers[1]", "A shared inbox would help")
			.param("answers[5]", "Shorter statements"), this.world.lead);
		assertThat(page(get("/audits/" + audit.getId() + "/feedback"), this.world.lead).text())
			.contains("already sent feedback");
		Document answers = page(get("/audit-feedback"), this.world.admin);
		assertThat(answers.text()).contains("A shared inbox would help")
			.contains("Shorter statements")
			.contains(this.world.agency.getName());
		assertThat(page(get("/audit-feedback"), this.world.otherPartnershipAdmin).text())
			.doesNotContain("A shared inbox would help");
	}

	// --- helpers

	MockHttpServletRequestBuilder section(Audit audit, int section, Map<Integer, String> scores, String evidence,
			String links) {
		return section(audit, section, scores, Map.of(0, evidence), links, versions(audit));
	}

	Map<String, Long> versions(Audit audit) {
		Map<String, Long> versions = new java.util.HashMap<>();
		this.world.statements(audit).forEach((number, statement) -> versions.put(number, statement.getVersion()));
		return versions;
	}

	MockHttpServletRequestBuilder section(Audit audit, int section, Map<Integer, String> scores,
			Map<Integer, String> evidence, String links, Map<String, Long> versions) {
		MockHttpServletRequestBuilder request = post("/audits/" + audit.getId() + "/sections/" + section);
		for (int i = 0; i < 6; i++) {
			String number = section + "." + (i + 1);
			request.param("statements[" + i + "].number", number)
				.param("statements[" + i + "].version", String.valueOf(versions.get(number)))
				.param("statements[" + i + "].score", scores.getOrDefault(i, ""))
				.param("statements[" + i + "].evidence", evidence.getOrDefault(i, ""))
				.param("statements[" + i + "].links", (i == 0) ? links : "");
		}
		return request;
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request, User as) throws Exception {
		return result(request, as).getResponse();
	}

	MvcResult result(MockHttpServletRequestBuilder request, User as) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(SignedIn.as(as))).andReturn();
	}

	Document page(MockHttpServletRequestBuilder request, User as) throws Exception {
		MockHttpServletResponse response = perform(request, as);
		assertThat(response.getStatus()).as(response.getRedirectedUrl()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
