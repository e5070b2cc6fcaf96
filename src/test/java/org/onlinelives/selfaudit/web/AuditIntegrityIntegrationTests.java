package org.onlinelives.selfaudit.web;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.QaState;
import org.onlinelives.selfaudit.audit.SelfAudits;
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
 * QA that cannot be rubber-stamped (issue 9): nothing is confirmed unseen, sign-off says
 * what becomes read-only first, high scores need evidence, the agency can propose a third
 * score, and reviewers find the audits waiting for them on their home page.
 */
class AuditIntegrityIntegrationTests extends WebIntegrationTest {

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

	@Test
	void confirmingTheRemainingStatementsFirstShowsEachScoreAndItsEvidence() throws Exception {
		Audit audit = this.world.submitted();
		String base = "/audits/" + audit.getId();
		perform(post(base + "/statements/1.1/review").param("decision", "CONFIRM"), this.world.reviewer);
		Document qaPage = page(get(base + "/qa"), this.world.reviewer);
		assertThat(qaPage.select("form[action$=/qa/confirm-remaining]")).as("no one-click confirm").isEmpty();
		assertThat(qaPage.select("a[href$=/qa/confirm-remaining]").text())
			.isEqualTo("Check and confirm the 35 statements not yet reviewed");

		Document check = page(get(base + "/qa/confirm-remaining"), this.world.reviewer);
		assertThat(check.select("h1").text()).isEqualTo("Check the 35 statements not yet reviewed");
		assertThat(check.select(".govuk-summary-card")).hasSize(35);
		Element first = check.select(".govuk-summary-card").first();
		// statement 1.2 was scored 1 (index 1 % 5) with its own evidence
		assertThat(first.select(".govuk-summary-card__title").text()).startsWith("1.2 ");
		assertThat(first.select(".sa-score").text()).isEqualTo("1 – Very little");
		assertThat(first.select(".sa-evidence").text()).isEqualTo("Evidence for 1.2");
		assertThat(check.select(".govuk-summary-card__title").eachText())
			.noneMatch((title) -> title.startsWith("1.1 "));
		assertThat(check.select("form[action$=/qa/confirm-remaining] button").text())
			.isEqualTo("Confirm the 35 statements not yet reviewed");

		perform(post(base + "/qa/confirm-remaining"), this.world.reviewer);
		assertThat(this.world.statements(audit).values()).allMatch(AuditStatement::isAgreed);
	}

	@Test
	void signingOffAsksForConfirmationSayingWhatBecomesReadOnly() throws Exception {
		Audit audit = this.world.agreed(this.world.submitted());
		String base = "/audits/" + audit.getId();
		Document qaPage = page(get(base + "/qa"), this.world.reviewer);
		assertThat(qaPage.select("form[action$=/sign-off]")).as("no one-click sign-off").isEmpty();
		assertThat(qaPage.select("a[href$=/sign-off]").text()).isEqualTo("Sign off audit");

		Document confirm = page(get(base + "/sign-off"), this.world.reviewer);
		assertThat(confirm.select("h1").text())
			.isEqualTo("Sign off the audit for " + this.world.agency.getName() + "?");
		assertThat(confirm.select("main li").eachText()).contains("the 36 agreed scores, their evidence and links",
				"every QA decision, challenge and answer");
		assertThat(confirm.select(".govuk-warning-text").text()).contains("You cannot undo a sign-off.");
		assertThat(confirm.select("form[action$=/sign-off] input[name=_csrf]")).hasSize(1);

		// a bare POST, without the confirmation page, signs nothing off
		MockHttpServletResponse bare = perform(post(base + "/sign-off"), this.world.reviewer);
		assertThat(bare.getRedirectedUrl()).isEqualTo(base + "/sign-off");
		assertThat(this.world.reload(audit, this.world.lead).getStatus()).isEqualTo(AuditStatus.AGREED);

		perform(post(base + "/sign-off").param("confirmed", "yes"), this.world.reviewer);
		assertThat(this.world.reload(audit, this.world.lead).getStatus()).isEqualTo(AuditStatus.SIGNED_OFF);
	}

	@Test
	void scoresOfThreeAndFourNeedEvidenceOrAReason() throws Exception {
		Audit audit = this.world.started();
		Document page = page(section(audit, Map.of(0, "4", 1, "3", 2, "2"), Map.of(1, "Case file audit")),
				this.world.lead);
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Give evidence for statement 1.1, or a reason why there is none: a score of 4 means good or strong evidence");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#statements[0].evidence");
		assertThat(page.select("textarea[name=statements[1].evidence]").text()).isEqualTo("Case file audit");
		assertThat(this.world.statements(audit).get("1.1").getScore()).isNull();

		// a score of 2 with no evidence is allowed; a reason counts as evidence
		MockHttpServletResponse saved = perform(
				section(audit, Map.of(0, "4", 2, "2"),
						Map.of(0, "No written record yet: the team manager observed it in supervision")),
				this.world.lead);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(this.world.statements(audit).get("1.1").getScore()).isEqualTo(4);
	}

	@Test
	void anAuditWithAHighScoreAndNoEvidenceCannotBeSubmittedAndQaSeesNoEvidence() throws Exception {
		Audit audit = this.world.scored(this.world.started(), this.world.lead, (i) -> i % 5);
		// answers stored before the rule existed: 1.4 scored 3, 1.3 scored 2, both
		// without
		// evidence
		this.jdbc.sql(
				"update audit_statement set evidence = null where audit_id = :audit and statement_number in ('1.3', '1.4')")
			.param("audit", audit.getId())
			.update();
		Document refused = page(post("/audits/" + audit.getId() + "/submit"), this.world.lead);
		assertThat(refused.select(".govuk-error-summary").text())
			.contains("Give evidence, or a reason why there is none, for every statement scored 3 or 4")
			.contains("Missing for: 1.4");
		assertThat(this.world.reload(audit, this.world.lead).getStatus()).isEqualTo(AuditStatus.IN_PROGRESS);

		this.jdbc.sql(
				"update audit_statement set evidence = 'Audit report' where audit_id = :audit and statement_number = '1.4'")
			.param("audit", audit.getId())
			.update();
		perform(post("/audits/" + audit.getId() + "/submit"), this.world.lead);
		String base = "/audits/" + audit.getId();
		Document qaPage = page(get(base + "/qa"), this.world.reviewer);
		assertThat(rowOf(qaPage, "1.3").select(".sa-no-evidence").text()).isEqualTo("No evidence");
		assertThat(rowOf(qaPage, "1.4").select(".sa-no-evidence")).isEmpty();
		Document check = page(get(base + "/qa/confirm-remaining"), this.world.reviewer);
		assertThat(check.select(".govuk-summary-card").get(2).select(".sa-evidence").text()).isEqualTo("No evidence");
		Document review = page(get(base + "/statements/1.3/review"), this.world.reviewer);
		assertThat(review.select(".govuk-summary-list").text()).contains("Evidence No evidence");
	}

	@Test
	void aLeadAnsweringAChallengeMayProposeAnotherScoreWhichQaConfirmsOrChallengesAgain() throws Exception {
		Audit audit = this.world.submitted();
		String base = "/audits/" + audit.getId();
		// 1.3 was scored 2; the reviewer proposes 1
		perform(post(base + "/statements/1.3/review").param("decision", "CHALLENGE")
			.param("comment", "Only one team does this")
			.param("proposedScore", "1"), this.world.reviewer);
		Document form = page(get(base + "/statements/1.3/response"), this.world.lead);
		assertThat(form.select("label[for^=decision]").eachText()).contains("Propose a different score and say why");
		assertThat(form.select("input[name=score]")).hasSize(5);

		Document noScore = page(post(base + "/statements/1.3/response").param("decision", "PROPOSE")
			.param("response", "Two teams do it now"), this.world.lead);
		assertThat(noScore.select(".govuk-error-summary a").eachText())
			.containsExactly("Choose the score you propose, from 0 to 4");
		assertThat(noScore.select("textarea[name=response]").text()).isEqualTo("Two teams do it now");
		Document repeats = page(post(base + "/statements/1.3/response").param("decision", "PROPOSE")
			.param("response", "Two teams do it now")
			.param("score", "1"), this.world.lead);
		assertThat(repeats.select(".govuk-error-summary").text()).contains("Propose a score other than 1");

		perform(post(base + "/statements/1.3/response").param("decision", "PROPOSE")
			.param("response", "Two of three teams ask about online life now")
			.param("score", "3"), this.world.lead);
		AuditStatement answered = this.world.statements(audit).get("1.3");
		assertThat(answered.getQaState()).isEqualTo(QaState.ANSWERED);
		assertThat(answered.getAgencyProposedScore()).isEqualTo(3);
		assertThat(rowOf(page(get(base + "/qa"), this.world.reviewer), "1.3").text()).contains("(agency proposes 3)");
		Document review = page(get(base + "/statements/1.3/review"), this.world.reviewer);
		assertThat(review.select(".govuk-summary-list").text()).contains("The agency proposes a score of 3");
		assertThat(review.select("label[for^=decision]").eachText())
			.containsExactly("Agree the score the agency now proposes", "Challenge again");

		// challenged again, the agency's proposal is withdrawn until it answers again
		perform(post(base + "/statements/1.3/review").param("decision", "CHALLENGE")
			.param("comment", "The third team has not started")
			.param("proposedScore", "1"), this.world.reviewer);
		assertThat(this.world.statements(audit).get("1.3").getAgencyProposedScore()).isNull();
		perform(post(base + "/statements/1.3/response").param("decision", "PROPOSE")
			.param("response", "It starts in the third team next month")
			.param("score", "3"), this.world.lead);
		perform(post(base + "/statements/1.3/review").param("decision", "CONFIRM"), this.world.reviewer);
		AuditStatement agreed = this.world.statements(audit).get("1.3");
		assertThat(agreed.getQaState()).isEqualTo(QaState.AGREED);
		assertThat(agreed.getAgreedScore()).isEqualTo(3);
		assertThat(agreed.getScore()).isEqualTo(3);
		assertThat(page(get(base + "/history"), this.world.lead).select("tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).startsWith("1.3")
				.contains("2 3 QA agreed the agency's proposed score: It starts in the third team next month"));
	}

	@Test
	void theQaReviewersHomePageListsTheAuditsSubmittedForQaWithTheirState() throws Exception {
		Document empty = page(get("/"), this.world.reviewer);
		assertThat(empty.select("h2").eachText()).contains("Audits submitted for QA");
		assertThat(empty.text()).contains("No audits are waiting for QA.");

		Audit submitted = this.world.submitted();
		Audit inQa = this.world.submitted(this.world.cycle("In QA", this.world.otherAgency), this.world.otherLead,
				(i) -> 2);
		perform(post("/audits/" + inQa.getId() + "/statements/1.1/review").param("decision", "CONFIRM"),
				this.world.reviewer);
		Document home = page(get("/"), this.world.reviewer);
		Element submittedRow = home.select(".govuk-summary-list__row:has(a[href=/audits/" + submitted.getId() + "/qa])")
			.first();
		assertThat(submittedRow).isNotNull();
		assertThat(submittedRow.text()).contains(this.world.agency.getName()).contains("Submitted");
		Element inQaRow = home.select(".govuk-summary-list__row:has(a[href=/audits/" + inQa.getId() + "/qa])").first();
		assertThat(inQaRow.text()).contains(this.world.otherAgency.getName() + " – In QA").contains("In QA");
		// a draft is the agency's own work; a reviewer never reviews their own agency
		Audit draft = this.world.started(this.world.cycle("Draft cycle", this.world.otherAgency), this.world.otherLead);
		assertThat(page(get("/"), this.world.reviewer).select("a[href=/audits/" + draft.getId() + "/qa]")).isEmpty();
		User reviewerOfTheAgency = this.data.user(this.world.partnership, this.world.agency, Role.QA_REVIEWER);
		Document ownAgency = page(get("/"), reviewerOfTheAgency);
		assertThat(ownAgency.select("a[href=/audits/" + submitted.getId() + "/qa]")).isEmpty();
		assertThat(ownAgency.select("a[href=/audits/" + inQa.getId() + "/qa]")).hasSize(1);

		// signed-off audits leave the list; other roles get no such panel
		this.world.signedOff(submitted);
		assertThat(page(get("/"), this.world.reviewer).select("a[href=/audits/" + submitted.getId() + "/qa]"))
			.isEmpty();
		assertThat(page(get("/"), this.world.lead).select("h2").eachText()).doesNotContain("Audits submitted for QA");
	}

	// --- helpers

	private static Element rowOf(Document qaPage, String number) {
		return qaPage.select("tbody tr")
			.stream()
			.filter((row) -> row.select("td").first().text().startsWith(number + " "))
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletRequestBuilder section(Audit audit, Map<Integer, String> scores,
			Map<Integer, String> evidence) {
		MockHttpServletRequestBuilder request = post("/audits/" + audit.getId() + "/sections/1");
		Map<String, AuditStatement> statements = this.world.statements(audit);
		for (int i = 0; i < 6; i++) {
			String number = "1." + (i + 1);
			request.param("statements[" + i + "].number", number)
				.param("statements[" + i + "].version", String.valueOf(statements.get(number).getVersion()))
				.param("statements[" + i + "].score", scores.getOrDefault(i, ""))
				.param("statements[" + i + "].evidence", evidence.getOrDefault(i, ""))
				.param("statements[" + i + "].links", "");
		}
		return request;
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, User as) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(SignedIn.as(as))).andReturn().getResponse();
	}

	private Document page(MockHttpServletRequestBuilder request, User as) throws Exception {
		MockHttpServletResponse response = perform(request, as);
		assertThat(response.getStatus()).as(response.getRedirectedUrl()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
