package org.onlinelives.strategy;

import org.onlinelives.casedata.CaseFactItems;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.casedata.CaseDataHeadlines;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.web.SelfAuditWorld;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.PlanStatus;
import org.onlinelives.strategy.plan.Rag;
import org.onlinelives.strategy.plan.Recommendation;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.workforce.bulletins.CodeOfConduct;
import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The partnership plan through the real security chain, run on H2 and on PostgreSQL:
 * escalating an agency's audit action into the plan and seeing it followed up from both
 * sides, recommendations, progress and ratings, and the board report.
 */
abstract class StrategyScenarios extends WebIntegrationTest {

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditQa qa;

	@Autowired
	PartnershipPlan plan;

	@Autowired
	Training training;

	@Autowired
	CodeOfConduct code;

	@Autowired
	CaseDataHeadlines headlines;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	private Document page(User user, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(SignedIn.as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static SignedInUser signedIn(User user) {
		return new SignedInUser(user, false, false);
	}

	/** Adds an action to the agency's audit plan through the page, and returns its id. */
	private long auditAction(User lead, Audit audit, String statement, String description) throws Exception {
		this.mvc
			.perform(post("/audits/" + audit.getId() + "/actions").with(SignedIn.as(lead))
				.with(csrf())
				.param("statementNumber", statement)
				.param("description", description)
				.param("status", "NOT_STARTED"))
			.andReturn();
		return this.jdbc.sql("select max(id) from audit_action where audit_id = :a and description = :d")
			.param("a", audit.getId())
			.param("d", description)
			.query(Long.class)
			.single();
	}

	private void escalate(User lead, Audit audit, long actionId, String reason) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/audits/" + audit.getId() + "/actions/" + actionId + "/escalation").with(SignedIn.as(lead))
				.with(csrf())
				.param("reason", reason))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/audits/" + audit.getId() + "/actions/" + actionId);
	}

	private long awaitEscalation(long auditActionId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from plan_escalation where audit_action_id = :a")
				.param("a", auditActionId)
				.query(Long.class)
				.single() == 1);
		return this.jdbc.sql("select id from plan_escalation where audit_action_id = :a")
			.param("a", auditActionId)
			.query(Long.class)
			.single();
	}

	@Test
	void anEscalatedAuditActionBecomesAPlanActionAndTheAgencySeesHowItIsGoing() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		Audit audit = world.submitted();
		long actionId = auditAction(world.lead, audit, "2.3", "Train every practitioner in responding to sextortion");

		MvcResult missing = this.mvc
			.perform(post("/audits/" + audit.getId() + "/actions/" + actionId + "/escalation")
				.with(SignedIn.as(world.lead))
				.with(csrf())
				.param("reason", " "))
			.andReturn();
		Document refused = Jsoup.parse(missing.getResponse().getContentAsString());
		assertThat(refused.title()).startsWith("Error:");
		assertThat(refused.select("#reason-error").text()).contains("Say why the partnership needs to act");

		escalate(world.lead, audit, actionId, "We cannot buy specialist training on our own");
		long escalationId = awaitEscalation(actionId);
		assertThat(page(world.lead, "/audits/" + audit.getId() + "/actions").select("#plan").text())
			.contains("Escalated to the partnership plan")
			.contains("waiting for the partnership");
		assertThat(page(world.admin, "/").select("main").text()).contains("Audit actions escalated by agencies: 1");

		Document waiting = page(world.admin, "/plan/escalations");
		assertThat(waiting.select("#escalation-" + escalationId).text()).contains(world.agency.getName())
			.contains("2.3")
			.contains("We cannot buy specialist training");

		Document prefilled = page(world.admin, "/plan/actions/new?escalation=" + escalationId);
		assertThat(prefilled.select("input[name=priority][checked]").val()).isEqualTo("TRAINING_AND_DEVELOPMENT");
		assertThat(prefilled.select("#title").val()).startsWith("Train every practitioner");
		assertThat(prefilled.select("input[name=escalationId]").val()).isEqualTo(String.valueOf(escalationId));

		MvcResult created = this.mvc
			.perform(post("/plan/actions").with(SignedIn.as(world.admin))
				.with(csrf())
				.param("priority", "TRAINING_AND_DEVELOPMENT")
				.param("title", "Commission sextortion training for all agencies")
				.param("ownerAgencyId", world.agency.getId().toString())
				.param("leadUserId", world.admin.getId().toString())
				.param("dueDay", "31")
				.param("dueMonth", "3")
				.param("dueYear", String.valueOf(this.today.getYear() + 1))
				.param("escalationId", String.valueOf(escalationId)))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/plan/actions/\\d+");

		// the plan shows which audit weakness it answers: named to the administrator and
		// the agency's own lead, not to other agencies
		assertThat(page(world.admin, location).select("#weaknesses").text()).contains("2.3")
			.contains(world.agency.getName())
			.contains("We cannot buy specialist training");
		assertThat(page(world.lead, location).select("#weaknesses").text()).contains(world.agency.getName());
		Document othersView = page(world.otherLead, location);
		assertThat(othersView.select("#weaknesses").text()).contains("2.3")
			.contains("Escalated by an agency of the partnership")
			.doesNotContain(world.agency.getName())
			.doesNotContain("We cannot buy");
		assertThat(page(world.admin, "/plan").select("#actions-TRAINING_AND_DEVELOPMENT").text())
			.contains("Commission sextortion training")
			.contains("Answers 1 escalated audit action from 1 agency");

		// the owning agency's lead records progress; another agency's lead may not
		String version = page(world.lead, location).select("form input[name=version]").val();
		assertThat(this.mvc
			.perform(post(location + "/progress").with(SignedIn.as(world.otherLead))
				.with(csrf())
				.param("note", "Not mine")
				.param("status", "IN_PROGRESS")
				.param("rag", "GREEN")
				.param("version", version))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		this.mvc
			.perform(post(location + "/progress").with(SignedIn.as(world.lead))
				.with(csrf())
				.param("note", "Provider chosen; dates set for September")
				.param("status", "IN_PROGRESS")
				.param("rag", "AMBER")
				.param("version", version))
			.andReturn();
		assertThat(page(world.admin, location).select("#progress-notes").text())
			.contains("Provider chosen; dates set for September")
			.contains(world.lead.getDisplayName())
			.contains("rated Amber");

		// and the agency's audit action shows the plan action and its status
		Document actionPage = page(world.lead, "/audits/" + audit.getId() + "/actions/" + actionId);
		assertThat(actionPage.select("#plan-follow-up").text())
			.contains("In the partnership plan as Commission sextortion training for all agencies")
			.contains("In progress")
			.contains("Amber");
		assertThat(actionPage.select("#plan-follow-up a").attr("href")).isEqualTo(location);
		assertThat(actionPage.select("#escalate")).isEmpty();
		assertThat(page(world.practitioner, "/audits/" + audit.getId() + "/actions").select("#plan").text())
			.contains("Commission sextortion training for all agencies");

		// nothing is escalated twice
		MvcResult again = this.mvc
			.perform(post("/audits/" + audit.getId() + "/actions/" + actionId + "/escalation")
				.with(SignedIn.as(world.lead))
				.with(csrf())
				.param("reason", "Again"))
			.andReturn();
		assertThat(Jsoup.parse(again.getResponse().getContentAsString()).select(".govuk-error-summary").text())
			.contains("already been escalated");
		assertThat(this.jdbc.sql("select count(*) from plan_escalation where audit_action_id = :a")
			.param("a", actionId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void escalationsFromSeveralAgenciesArePlacedUnderOneActionOfThePlan() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		AuditCycle cycle = world.cycle("Cycle", world.agency, world.otherAgency);
		Audit ours = world.submitted(cycle, world.lead, (i) -> 1);
		Audit theirs = world.submitted(cycle, world.otherLead, (i) -> 1);
		long first = auditAction(world.lead, ours, "4.5", "Agree when we share data");
		long second = auditAction(world.otherLead, theirs, "4.5", "Share data with partners");
		escalate(world.lead, ours, first, "Needs every partner");
		escalate(world.otherLead, theirs, second, "Needs a partnership timetable");
		long firstEscalation = awaitEscalation(first);
		long secondEscalation = awaitEscalation(second);

		PlanAction timetable = this.plan.create(signedIn(world.admin),
				new PlanAction.Details(StrategicPriority.LEADERSHIP, "Agree a data-sharing timetable", null, null, null,
						this.today.plusMonths(6), List.of()),
				null);
		MvcResult unchosen = this.mvc
			.perform(post("/plan/escalations/" + firstEscalation).with(SignedIn.as(world.admin))
				.with(csrf())
				.param("version", "0"))
			.andReturn();
		Document refused = Jsoup.parse(unchosen.getResponse().getContentAsString());
		assertThat(refused.title()).startsWith("Error:");
		assertThat(refused.select("#planActionId-" + firstEscalation + "-error").text())
			.contains("Choose an action of the plan");

		for (long escalation : List.of(firstEscalation, secondEscalation)) {
			this.mvc
				.perform(post("/plan/escalations/" + escalation).with(SignedIn.as(world.admin))
					.with(csrf())
					.param("planActionId", timetable.getId().toString())
					.param("version", "0"))
				.andReturn();
		}
		assertThat(page(world.admin, "/plan/escalations").select("#no-escalations")).hasSize(1);
		assertThat(page(world.admin, "/plan").select("#actions-LEADERSHIP").text())
			.contains("Answers 2 escalated audit actions from 2 agencies");
		assertThat(page(world.admin, "/plan/actions/" + timetable.getId()).select("#weaknesses").text())
			.contains(world.agency.getName())
			.contains(world.otherAgency.getName());
		assertThat(page(world.otherLead, "/audits/" + theirs.getId() + "/actions").select("#plan").text())
			.contains("In the partnership plan as Agree a data-sharing timetable")
			.contains("Not started");
	}

	@Test
	void recommendationsAreAdoptedLinkedToActionsAndKeptWhileLinked() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		this.mvc
			.perform(post("/plan/recommendations/R6").with(SignedIn.as(world.admin))
				.with(csrf())
				.param("decision", "ADOPT")
				.param("note", "Through the yearly training plan"))
			.andReturn();
		assertThat(page(world.admin, "/plan/recommendations").select("#R6").text()).contains("Adopted")
			.contains("Through the yearly training plan");
		assertThat(page(world.admin, "/plan/actions/new").select("input[name=recommendations]").eachAttr("value"))
			.containsExactly("R6");

		// a recommendation not adopted cannot be linked
		MvcResult notAdopted = this.mvc
			.perform(post("/plan/actions").with(SignedIn.as(world.admin))
				.with(csrf())
				.param("priority", "TRAINING_AND_DEVELOPMENT")
				.param("title", "Yearly refreshers")
				.param("dueDay", "1")
				.param("dueMonth", "4")
				.param("dueYear", "2027")
				.param("recommendations", "R6", "R7"))
			.andReturn();
		assertThat(Jsoup.parse(notAdopted.getResponse().getContentAsString()).select("#recommendations-error").text())
			.contains("only recommendations the partnership has adopted");

		PlanAction refreshers = this.plan.create(signedIn(world.admin),
				new PlanAction.Details(StrategicPriority.TRAINING_AND_DEVELOPMENT, "Yearly refreshers", null, null,
						world.lead.getId(), LocalDate.of(2027, 4, 1), List.of(Recommendation.R6)),
				null);
		assertThat(page(world.lead, "/plan/recommendations").select("#R6").text()).contains("Yearly refreshers");
		MvcResult linked = this.mvc
			.perform(post("/plan/recommendations/R6").with(SignedIn.as(world.admin))
				.with(csrf())
				.param("decision", "WITHDRAW"))
			.andReturn();
		assertThat(Jsoup.parse(linked.getResponse().getContentAsString()).select(".govuk-error-summary").text())
			.contains("Change those actions first");
		// adopting without a note, and twice, keeps one adoption
		this.plan.adopt(signedIn(world.admin), Recommendation.R7, " ");
		this.plan.adopt(signedIn(world.admin), Recommendation.R7, "Again");
		assertThat(this.plan.adopted(world.partnership.getId())).containsExactly(Recommendation.R6, Recommendation.R7);
		assertThat(this.plan.recommendationsOf(world.partnership.getId())
			.stream()
			.filter((row) -> row.recommendation() == Recommendation.R7)
			.findFirst()
			.orElseThrow()
			.note()).isNull();
		assertThat(this.plan.action(signedIn(world.admin), refreshers.getId()).getRecommendations())
			.containsExactly(Recommendation.R6);
		assertThat(this.mvc.perform(post("/plan/recommendations/R99").with(SignedIn.as(world.admin)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void badInputGetsErrorsInFieldOrderAndAnOverdueActionIsRed() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		MvcResult bad = this.mvc
			.perform(post("/plan/actions").with(SignedIn.as(world.admin))
				.with(csrf())
				.param("priority", "SOMETHING")
				.param("title", "")
				.param("leadUserId", world.practitioner.getId().toString())
				.param("dueDay", "31")
				.param("dueMonth", "2")
				.param("dueYear", "2027"))
			.andReturn();
		Document page = Jsoup.parse(bad.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#priority", "#title",
				"#dueDay");
		assertThat(page.select("#dueDay-error").text()).contains("real date");
		assertThat(page.select("#dueDay").val()).isEqualTo("31");

		// a practitioner cannot lead a plan action
		MvcResult practitionerLead = this.mvc
			.perform(post("/plan/actions").with(SignedIn.as(world.admin))
				.with(csrf())
				.param("priority", "LEADERSHIP")
				.param("title", "Name a lead for safeguarding in education")
				.param("leadUserId", world.practitioner.getId().toString())
				.param("dueDay", "1")
				.param("dueMonth", "9")
				.param("dueYear", "2027"))
			.andReturn();
		assertThat(Jsoup.parse(practitionerLead.getResponse().getContentAsString()).select("#leadUserId-error").text())
			.contains("Choose a lead from the list");
		assertThat(this.plan.actions(signedIn(world.admin))).isEmpty();

		PlanAction late = this.plan.create(
				signedIn(world.admin), new PlanAction.Details(StrategicPriority.RAISING_AWARENESS,
						"Parent sessions on parental controls", null, null, null, this.today.minusDays(1), List.of()),
				null);
		this.plan.recordProgress(signedIn(world.admin), late.getId(), "First session held", PlanStatus.IN_PROGRESS,
				Rag.GREEN, late.getVersion());
		Document overdue = page(world.analyst, "/plan/actions/" + late.getId());
		assertThat(overdue.select("#action-details").text()).contains("Overdue").contains("Red");
		assertThat(overdue.select("form[action$=/progress]")).isEmpty();
		MvcResult noNote = this.mvc
			.perform(post("/plan/actions/" + late.getId() + "/progress").with(SignedIn.as(world.admin))
				.with(csrf())
				.param("status", "IN_PROGRESS")
				.param("version", "1"))
			.andReturn();
		assertThat(Jsoup.parse(noNote.getResponse().getContentAsString())
			.select(".govuk-error-summary__list a")
			.eachAttr("href")).containsExactly("#note", "#rag");
	}

	@Test
	void theBoardReportSummarisesThePlanAuditsCoverageAndProtectedCaseFigures() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		Agency third = this.data.agency(world.partnership);
		User thirdLead = this.data.user(world.partnership, third, Role.AGENCY_LEAD);
		AuditCycle cycle = world.cycle("Board cycle", world.agency, world.otherAgency, third);
		world.submitted(cycle, world.lead, (i) -> 3);
		world.submitted(cycle, world.otherLead, (i) -> 2);
		world.submitted(cycle, thirdLead, (i) -> (i == 8) ? 0 : 1);
		this.plan.create(signedIn(world.admin),
				new PlanAction.Details(StrategicPriority.IMPROVING_PRACTICE, "Adopt the online-life assessment", null,
						world.agency.getId(), world.lead.getId(), this.today.plusMonths(3), List.of()),
				null);
		Course course = this.training.addCourse(signedIn(world.admin),
				new Course.Details("Online harms " + UUID.randomUUID(), TrainingLevel.PRACTITIONER, "Training team", 60,
						List.of("2.1"), 12, false));
		this.training.record(signedIn(world.practitioner), null, course.getId(), this.today.minusDays(5), null);
		this.code.publish(signedIn(world.admin), "Use approved accounts only.", null, 0);
		this.code.acknowledge(signedIn(world.lead), this.code.current(world.partnership.getId()).orElseThrow().getId());
		YearMonth month = YearMonth.from(this.today);
		for (int i = 0; i < 12; i++) {
			caseFact(world.partnership.getId(), world.agency.getId(), month, (i < 9) ? "CONTENT" : "CONTACT");
		}
		for (int i = 0; i < 3; i++) {
			caseFact(world.partnership.getId(), world.otherAgency.getId(), month, "CONTACT");
		}

		// the latest calendar quarter (no timetable is set): the agency of 3 cases is too
		// small to count even with others, and the 3 cases of contact are withheld with
		// the 9 of content that would give them away
		CaseDataHeadlines.Headlines figures = this.headlines.latestPeriod(world.partnership.getId());
		assertThat(figures.to()).isEqualTo(month.plusMonths((3 - month.getMonthValue() % 3) % 3));
		assertThat(figures.agencies()).contains(world.agency.getName()).doesNotContain(world.otherAgency.getName());
		int large = figures.agencies().indexOf(world.agency.getName());
		assertThat(figures.byAgency().cell(large, 0).value()).isEqualTo(12);
		assertThat(figures.byAgency().columnTotals().get(0).value()).isEqualTo(12);
		assertThat(figures.byC().cell(0, 0).suppressed()).isTrue();
		assertThat(figures.byC().cell(1, 0).suppressed()).isTrue();
		assertThat(figures.byC().grandTotal().value()).isEqualTo(12);
		assertThat(figures.threshold()).isEqualTo(10);

		MvcResult result = this.mvc.perform(get("/plan/board-report.pdf").with(SignedIn.as(world.admin))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		// table cells wrap, so words are compared with single spaces between them
		String text = pdfText(result.getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
		assertThat(text).contains(world.partnership.getName())
			.contains("Adopt the online-life assessment")
			.contains(cycle.getName())
			.contains("Partnership average")
			.contains("1 of 1 (100%)")
			.contains("version 1")
			.contains("Withheld")
			.contains("Average 1.7 out of 4, from 3 agencies")
			.contains("Partnership 12");
		assertThat(this.jdbc.sql(
				"select count(*) from access_log where event = 'EXPORTED' and user_id = :u and detail = 'board report PDF'")
			.param("u", world.admin.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void caseFact(long partnershipId, long agencyId, YearMonth month, String c) {
		String key = UUID.randomUUID().toString();
		this.jdbc
			.sql("""
					insert into case_fact (fact_key, partnership_id, agency_id, counted_month, age_band, gender,
					  referral_source, online_component, assessments_completed, revision, updated_at)
					values (:key, :partnership, :agency, :month, '13-15', 'GIRL', 'SCHOOL', true, 1, 1, current_timestamp)""")
			.param("key", key)
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.param("month", java.sql.Date.valueOf(month.atDay(1)))
			.update();
		CaseFactItems.insert(this.jdbc, key, "C", c);
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
