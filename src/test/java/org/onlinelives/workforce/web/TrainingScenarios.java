package org.onlinelives.workforce.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingLevel;
import org.onlinelives.workforce.training.TrainingRecord;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Training journeys through the real security chain, run on H2 and on PostgreSQL.
 */
abstract class TrainingScenarios extends WebIntegrationTest {

	@Autowired
	Training training;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SelfAudits selfAudits;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	private Document page(User user, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(SignedIn.as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static SignedInUser signedIn(User user) {
		return new SignedInUser(user, false, false);
	}

	private Course course(User admin, String title, TrainingLevel level, int refreshMonths) {
		return this.training.addCourse(signedIn(admin), new Course.Details(title, level, "Partnership training team",
				90, List.of("2.1", "2.2"), refreshMonths, false));
	}

	@Test
	void aPractitionerRecordsACourseAndSeesWhenItsRefresherIsDue() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		Course course = course(admin, "Sexting and sextortion", TrainingLevel.PRACTITIONER, 12);
		LocalDate completed = this.today.minusMonths(2);

		MvcResult result = this.mvc
			.perform(post("/training/records").with(SignedIn.as(practitioner))
				.with(csrf())
				.param("personId", practitioner.getId().toString())
				.param("courseId", course.getId().toString())
				.param("completedOn", completed.toString())
				.param("evidenceLink", "https://learning.example/certificates/7"))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/training");

		Document mine = page(practitioner, "/training");
		assertThat(mine.select("#refreshers").text()).contains("Sexting and sextortion")
			.contains("Up to date")
			.contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy").format(completed.plusMonths(12)));
		assertThat(mine.select("#records a[href=https://learning.example/certificates/7]")).hasSize(1);
		assertThat(this.jdbc.sql(
				"select count(*) from access_log where event = 'RECORD_CHANGED' and target_type = 'training-record' and user_id = :u")
			.param("u", practitioner.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anOverdueRefresherStaysOnTheHomePageUntilTheCourseIsTakenAgain() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		Course course = course(admin, "Online grooming", TrainingLevel.PRACTITIONER, 12);
		this.training.record(signedIn(practitioner), null, course.getId(), this.today.minusMonths(13), null);

		assertThat(page(practitioner, "/").select("main").text()).contains("Training refreshers due")
			.contains("Online grooming: refresher due")
			.contains("Overdue");

		this.training.record(signedIn(practitioner), null, course.getId(), this.today, null);
		assertThat(page(practitioner, "/").select("main").text()).doesNotContain("Training refreshers due");
	}

	@Test
	void coverageCountsPractitionersAgainstTheTargetByAgencyAndTeam() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Agency agency = this.data.agency(partnership);
		User trained = this.data.user(partnership, agency, Role.PRACTITIONER);
		User awarenessOnly = this.data.user(partnership, agency, Role.PRACTITIONER);
		this.data.user(partnership, agency, Role.AGENCY_LEAD);
		Course practitionerLevel = course(admin, "Responding to online harm", TrainingLevel.PRACTITIONER, 12);
		Course awareness = course(admin, "Online safety basics", TrainingLevel.AWARENESS, 12);
		this.training.record(signedIn(trained), null, practitionerLevel.getId(), this.today.minusMonths(1), null);
		this.training.record(signedIn(awarenessOnly), null, awareness.getId(), this.today.minusMonths(1), null);

		Document coverage = page(admin, "/training/coverage");
		assertThat(coverage.select("#target-statement").text()).contains("100%").contains("Practitioner");
		assertThat(coverage.select("#coverage-table").text()).contains(agency.getName())
			.contains("1 of 2")
			.contains("50%")
			.contains("Below target");
		assertThat(coverage.select("svg[role=img]").attr("aria-label")).contains("50%").contains("100%");

		this.mvc
			.perform(post("/training/coverage/target").with(SignedIn.as(admin))
				.with(csrf())
				.param("level", "PRACTITIONER")
				.param("percent", "50"))
			.andReturn();
		assertThat(page(admin, "/training/coverage").select("#coverage-table").text()).doesNotContain("Below target");
		assertThat(this.training.coverageOf(partnership.getId(), agency.getId()).meetsTarget()).isTrue();
	}

	@Test
	void aLeadSeesOnlyTheirOwnAgencysCoverageAndStaff() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency mine = this.data.agency(partnership);
		Agency theirs = this.data.agency(partnership);
		User lead = this.data.user(partnership, mine, Role.AGENCY_LEAD);
		User colleague = this.data.user(partnership, mine, Role.PRACTITIONER);
		User stranger = this.data.user(partnership, theirs, Role.PRACTITIONER);
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Course course = course(admin, "Gaming communities", TrainingLevel.PRACTITIONER, 12);

		Document coverage = page(lead, "/training/coverage");
		assertThat(coverage.select("#coverage-table").text()).contains(mine.getName()).doesNotContain(theirs.getName());

		MvcResult forColleague = this.mvc
			.perform(post("/training/records").with(SignedIn.as(lead))
				.with(csrf())
				.param("personId", colleague.getId().toString())
				.param("courseId", course.getId().toString())
				.param("completedOn", this.today.toString()))
			.andReturn();
		assertThat(forColleague.getResponse().getRedirectedUrl()).isEqualTo("/training/staff");
		assertThat(page(lead, "/training/staff").text()).contains(colleague.getDisplayName())
			.contains("Gaming communities")
			.doesNotContain(stranger.getDisplayName());

		MvcResult forStranger = this.mvc
			.perform(post("/training/records").with(SignedIn.as(lead))
				.with(csrf())
				.param("personId", stranger.getId().toString())
				.param("courseId", course.getId().toString())
				.param("completedOn", this.today.toString()))
			.andReturn();
		assertThat(forStranger.getResponse().getStatus()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from training_record where user_id = :u")
			.param("u", stranger.getId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void badInputGetsErrorsInFieldOrderAndKeepsWhatWasTyped() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		MvcResult result = this.mvc
			.perform(post("/training/courses").with(SignedIn.as(admin))
				.with(csrf())
				.param("title", "Live streaming")
				.param("level", "AWARENESS")
				.param("provider", "Training team")
				.param("durationMinutes", "an hour")
				.param("refreshMonths", "twelve"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error:");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#durationMinutes",
				"#refreshMonths");
		assertThat(page.select("#durationMinutes").val()).isEqualTo("an hour");
		assertThat(page.select("#title").val()).isEqualTo("Live streaming");

		Course course = course(admin, "Live streaming", TrainingLevel.AWARENESS, 12);
		MvcResult future = this.mvc
			.perform(post("/training/records")
				.with(SignedIn.as(this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER)))
				.with(csrf())
				.param("courseId", course.getId().toString())
				.param("completedOn", this.today.plusDays(3).toString()))
			.andReturn();
		Document futurePage = Jsoup.parse(future.getResponse().getContentAsString());
		assertThat(futurePage.select("#completedOn-error").text()).contains("today or in the past");
		assertThat(futurePage.select("#completedOn").val()).isEqualTo(this.today.plusDays(3).toString());
	}

	@Test
	void aStaleCourseChangeIsRefusedNotSilentlyOverwritten() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Course course = course(admin, "Commerce and scams", TrainingLevel.AWARENESS, 12);
		this.training.changeCourse(signedIn(admin), course.getId(), new Course.Details("Commerce, scams and gambling",
				TrainingLevel.AWARENESS, "Trading Standards", 60, List.of(), 12, false), course.getVersion());

		MvcResult stale = this.mvc
			.perform(post("/training/courses/" + course.getId()).with(SignedIn.as(admin))
				.with(csrf())
				.param("title", "Scams")
				.param("level", "AWARENESS")
				.param("provider", "Someone else")
				.param("durationMinutes", "30")
				.param("refreshMonths", "12")
				.param("version", course.getVersion().toString()))
			.andReturn();
		assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select(".govuk-error-summary").text())
			.contains("Someone else changed this");
		assertThat(this.training.course(signedIn(admin), course.getId()).getTitle())
			.isEqualTo("Commerce, scams and gambling");
	}

	@Test
	void eachPersonEvaluatesACourseOnceAndResultsShowWithoutNames() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		Course course = course(admin, "Harmful content", TrainingLevel.PRACTITIONER, 12);
		TrainingRecord record = this.training.record(signedIn(practitioner), null, course.getId(), this.today, null);

		for (int attempt = 0; attempt < 2; attempt++) {
			this.mvc
				.perform(post("/training/records/" + record.getId() + "/evaluation").with(SignedIn.as(practitioner))
					.with(csrf())
					.param("confidenceBefore", "2")
					.param("confidenceAfter", "5")
					.param("useful", "The case studies")
					.param("missing", "Live streaming apps"))
				.andReturn();
		}
		assertThat(this.jdbc.sql("select count(*) from training_evaluation where record_id = :r")
			.param("r", record.getId())
			.query(Long.class)
			.single()).isEqualTo(1);

		Document results = page(admin, "/training/courses/" + course.getId() + "/evaluations");
		assertThat(results.select("#evaluation-figures").text()).contains("2.0 out of 5").contains("5.0 out of 5");
		assertThat(results.text()).contains("The case studies")
			.contains("Live streaming apps")
			.doesNotContain(practitioner.getDisplayName());
	}

	@Test
	void staffSuggestTopicsAndTheirDecisionIsShownBackToThem() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		this.mvc
			.perform(post("/training/suggestions").with(SignedIn.as(practitioner))
				.with(csrf())
				.param("topic", "Sextortion through gaming chat"))
			.andReturn();
		Document list = page(admin, "/training/suggestions");
		assertThat(list.text()).contains("Sextortion through gaming chat");
		String action = list.select("form[action^=/training/suggestions/]").attr("action");
		String version = list.select("form[action^=/training/suggestions/] input[name=version]").val();

		MvcResult missing = this.mvc
			.perform(post(action).with(SignedIn.as(admin))
				.with(csrf())
				.param("reviewNote", "Kept")
				.param("version", version))
			.andReturn();
		Document refused = Jsoup.parse(missing.getResponse().getContentAsString());
		assertThat(refused.title()).startsWith("Error:");
		assertThat(refused.select(".govuk-error-summary").text()).contains("Choose adopted or not adopted");
		assertThat(refused.select("textarea[name=reviewNote]").text()).isEqualTo("Kept");

		this.mvc
			.perform(post(action).with(SignedIn.as(admin))
				.with(csrf())
				.param("status", "ADOPTED")
				.param("reviewNote", "In next year's course")
				.param("version", version))
			.andReturn();
		assertThat(page(practitioner, "/training").select("#my-suggestions").text()).contains("Adopted")
			.contains("In next year's course");
	}

	@Test
	void theSelfAuditsTrainingSectionShowsTheAgencysCoverageAsEvidence() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Agency agency = this.data.agency(partnership);
		User lead = this.data.user(partnership, agency, Role.AGENCY_LEAD);
		User trained = this.data.user(partnership, agency, Role.PRACTITIONER);
		this.data.user(partnership, agency, Role.PRACTITIONER);
		Course course = course(admin, "Practitioner online safety", TrainingLevel.PRACTITIONER, 12);
		this.training.record(signedIn(trained), null, course.getId(), this.today.minusDays(10), null);
		var cycle = this.selfAudits.openCycle(signedIn(admin),
				new SelfAudits.CycleDetails("Cycle " + System.nanoTime(), LocalDate.of(2026, 4, 1),
						LocalDate.of(2027, 3, 31), this.today.plusMonths(2), List.of(agency.getId())));
		Audit audit = this.selfAudits.start(signedIn(lead), cycle.getId());

		assertThat(page(lead, "/audits/" + audit.getId() + "/sections/2").select("#training-coverage").text())
			.contains("1 of 2 practitioners (50%)")
			.contains("Practitioner level")
			.contains("target is 100%");
		assertThat(page(lead, "/audits/" + audit.getId() + "/sections/1").select("#training-coverage")).isEmpty();
	}

}
