package org.onlinelives.casedata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnFrequency;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.UkTime;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.CaseOutcome;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The whole path (on H2 and PostgreSQL): cases completed through the assessment module
 * become facts here through persisted events; an agency lead sees the own agency's counts
 * only; every partnership page and export an analyst can reach shows no non-zero count
 * below its threshold; a rebuild regenerates the facts from the published query.
 */
abstract class CaseDataScenarios extends WebIntegrationTest {

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataReturnService returns;

	@Autowired
	ApiTokenService tokens;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Partnership partnership;

	Agency small;

	Agency large;

	User smallLead;

	User largeLead;

	User analyst;

	User admin;

	/** Agency "small" has 3 cases, agency "large" 12, all this month. */
	void world() {
		this.partnership = this.data.partnership();
		this.small = this.data.agency(this.partnership);
		this.large = this.data.agency(this.partnership);
		this.smallLead = this.data.user(this.partnership, this.small, Role.AGENCY_LEAD);
		this.largeLead = this.data.user(this.partnership, this.large, Role.AGENCY_LEAD);
		this.analyst = this.data.user(this.partnership, null, Role.ANALYST);
		this.admin = this.data.user(this.partnership, null, Role.PARTNERSHIP_ADMIN);
		User smallPractitioner = this.data.user(this.partnership, this.small, Role.PRACTITIONER);
		User largePractitioner = this.data.user(this.partnership, this.large, Role.PRACTITIONER);
		for (int i = 0; i < 3; i++) {
			CaseDataTestCases.completedCase(this.youngPeople, this.assessments, smallPractitioner, Gender.GIRL_OR_WOMAN,
					"SnapTalk", CaseOutcome.EARLY_HELP);
		}
		for (int i = 0; i < 12; i++) {
			CaseDataTestCases.completedCase(this.youngPeople, this.assessments, largePractitioner,
					(i % 2 == 0) ? Gender.BOY_OR_MAN : Gender.GIRL_OR_WOMAN, "snaptalk ", null);
		}
		CaseDataTestCases.awaitFacts(this.jdbc, this.partnership.getId(), 15);
	}

	@Test
	void factsHoldNoCaseReferenceAndEventsAreCompleted() {
		world();
		assertThat(this.jdbc.sql("select count(*) from case_fact where partnership_id = :p and outcome = 'EARLY_HELP'")
			.param("p", this.partnership.getId())
			.query(Long.class)
			.single()).isEqualTo(3);
		List<String> keys = this.jdbc.sql("select fact_key from case_fact where partnership_id = :p")
			.param("p", this.partnership.getId())
			.query(String.class)
			.list();
		List<String> references = this.jdbc.sql("select case_reference from young_person where partnership_id = :p")
			.param("p", this.partnership.getId())
			.query(String.class)
			.list();
		assertThat(keys).doesNotContainAnyElementsOf(references);
		CaseDataTestCases.awaitNoIncompletePublications(this.jdbc);
	}

	@Test
	void anAgencyLeadSeesTheOwnAgencysCountsOnly() throws Exception {
		world();
		Document smallPage = page("/case-data", this.smallLead);
		assertThat(countIn(smallPage, "by-outcome", "Early help")).isEqualTo(3);
		assertThat(countIn(smallPage, "by-platform", "SnapTalk")).isEqualTo(3);
		Document largePage = page("/case-data", this.largeLead);
		assertThat(countIn(largePage, "by-gender", "Boy or young man")).isEqualTo(6);
		assertThat(countIn(largePage, "by-platform", "snaptalk")).isEqualTo(12);
		assertThat(largePage.select("#by-outcome ~ table").first().text()).doesNotContain("Early help");
		String csv = this.mvc.perform(get("/case-data/export.csv").with(SignedIn.as(this.smallLead)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Early help,3");
	}

	@Test
	void noPartnershipPageOrExportShowsASmallCount() throws Exception {
		world();
		for (Breakdown breakdown : Breakdown.values()) {
			Document page = page("/case-data/partnership?breakdown=" + breakdown.slug(), this.analyst);
			List<Long> shown = new ArrayList<>();
			for (Element cell : page.select("table td.govuk-table__cell--numeric")) {
				if (!cell.text().equals("Withheld")) {
					shown.add(Long.parseLong(cell.text()));
				}
			}
			assertThat(shown).as(breakdown.name()).noneMatch((n) -> n > 0 && n < 5);
			// agency "small" has 3 cases, too few to count even with others: in no row or
			// total
			assertThat(page.select("table").text()).as(breakdown.name()).doesNotContain(this.small.getName());
			if (breakdown != Breakdown.FACTOR) {
				// the cases have no vulnerability factor, so that breakdown has no table
				assertThat(page.select("table").text()).as(breakdown.name()).contains(this.large.getName());
			}
			assertThat(page.text()).as(breakdown.name())
				.contains("One agency had fewer than 10 cases in the period, too few to count even together");
		}
		String csv = this.mvc.perform(get("/case-data/partnership/export.csv").with(SignedIn.as(this.analyst)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().skip(1).toList();
		assertThat(lines).isNotEmpty();
		for (String line : lines) {
			String last = line.substring(line.lastIndexOf(',') + 1);
			if (last.matches("\\d+")) {
				long n = Long.parseLong(last);
				assertThat(n).as(line).matches((value) -> value == 0 || value >= 10);
			}
		}
	}

	@Test
	void aRebuildRegeneratesTheFactsFromTheAssessmentRecords() throws Exception {
		world();
		List<String> keptByEvents = factRows();
		assertThat(keptByEvents).anyMatch((row) -> row.startsWith("item "))
			.anyMatch((row) -> row.startsWith("prompt "));
		assertThat(rowsDisagreeingWithTheirFact()).as("items and prompts carry their fact's scope").isZero();
		this.jdbc.sql(
				"delete from case_fact_item where fact_key in (select fact_key from case_fact where partnership_id = :p)")
			.param("p", this.partnership.getId())
			.update();
		this.jdbc.sql(
				"delete from case_fact_prompt where fact_key in (select fact_key from case_fact where partnership_id = :p)")
			.param("p", this.partnership.getId())
			.update();
		this.jdbc.sql("delete from case_fact where partnership_id = :p").param("p", this.partnership.getId()).update();
		this.mvc.perform(post("/case-data/rebuild").with(SignedIn.as(this.admin)).with(csrf()));
		assertThat(factRows()).as("the rebuild (in batches) keeps what the events kept, row for row")
			.containsExactlyElementsOf(keptByEvents);
		assertThat(rowsDisagreeingWithTheirFact()).isZero();
		assertThat(countIn(page("/case-data", this.smallLead), "by-outcome", "Early help")).isEqualTo(3);
	}

	/**
	 * Items and prompts whose copy of their fact's scope and filter columns differs from
	 * the fact (the dashboards count them without joining the facts).
	 */
	private long rowsDisagreeingWithTheirFact() {
		String differs = """
				 join case_fact f on f.fact_key = x.fact_key
				where f.partnership_id = :p and (x.partnership_id <> f.partnership_id or x.agency_id <> f.agency_id
				  or x.counted_month <> f.counted_month or x.age_band <> f.age_band or x.gender <> f.gender
				  or x.online_component <> f.online_component""";
		long p = this.partnership.getId();
		return this.jdbc.sql("select count(*) from case_fact_item x" + differs + " or x.code_key <> lower(x.code))")
			.param("p", p)
			.query(Long.class)
			.single()
				+ this.jdbc.sql("select count(*) from case_fact_prompt x" + differs + ")")
					.param("p", p)
					.query(Long.class)
					.single();
	}

	/**
	 * Every fact, item and prompt row of the partnership as text (not when it was
	 * written), sorted.
	 */
	private List<String> factRows() {
		long p = this.partnership.getId();
		List<String> rows = new java.util.ArrayList<>(this.jdbc.sql("""
				select concat('fact ', fact_key, ' ', agency_id, ' ', coalesce(cast(team_id as varchar), '-'), ' ',
				  cast(counted_month as varchar), ' ', age_band, ' ', gender, ' ', referral_source, ' ',
				  cast(online_component as varchar), ' ', coalesce(outcome, '-'), ' ',
				  coalesce(cast(outcome_date as varchar), '-'), ' ', assessments_completed, ' ', revision)
				from case_fact where partnership_id = :p""").param("p", p).query(String.class).list());
		rows.addAll(this.jdbc
			.sql("""
					select concat('item ', i.fact_key, ' ', i.dimension, ' ', i.code, ' ', i.agency_id, ' ',
					  cast(i.counted_month as varchar), ' ', i.age_band, ' ', i.gender, ' ', cast(i.online_component as varchar))
					from case_fact_item i join case_fact f on f.fact_key = i.fact_key where f.partnership_id = :p""")
			.param("p", p)
			.query(String.class)
			.list());
		rows.addAll(this.jdbc
			.sql("""
					select concat('prompt ', x.fact_key, ' ', x.list_index, ' ', x.code, ' ', cast(x.urgent as varchar), ' ',
					  cast(extract(epoch from x.raised_at) as bigint), ' ',
					  coalesce(cast(cast(extract(epoch from x.answered_at) as bigint) as varchar), '-'))
					from case_fact_prompt x join case_fact f on f.fact_key = x.fact_key where f.partnership_id = :p""")
			.param("p", p)
			.query(String.class)
			.list());
		java.util.Collections.sort(rows);
		return rows;
	}

	/**
	 * Issue 12 item 3: an administrator merges a misspelling into a platform on the list;
	 * the records and the facts count it under the list's name, later typing of it
	 * matches, and another partnership's list, records and facts are untouched.
	 */
	@Test
	void aMergeCountsTheSpellingUnderThePlatformInItsOwnPartnershipOnly() throws Exception {
		Partnership own = this.data.partnership();
		Agency agency = this.data.agency(own);
		User lead = this.data.user(own, agency, Role.AGENCY_LEAD);
		User practitioner = this.data.user(own, agency, Role.PRACTITIONER);
		User ownAdmin = this.data.user(own, null, Role.PARTNERSHIP_ADMIN);
		Partnership other = this.data.partnership();
		Agency otherAgency = this.data.agency(other);
		User otherPractitioner = this.data.user(other, otherAgency, Role.PRACTITIONER);
		User otherAdmin = this.data.user(other, null, Role.PARTNERSHIP_ADMIN);
		this.mvc.perform(post("/admin/platforms").with(SignedIn.as(otherAdmin)).with(csrf()).param("name", "Yubo"));
		for (int i = 0; i < 3; i++) {
			// typed with a stray space and in lower case: recorded as the list's
			// "Snapchat"
			CaseDataTestCases.completedCase(this.youngPeople, this.assessments, practitioner, Gender.GIRL_OR_WOMAN,
					"snapchat ", null);
		}
		for (int i = 0; i < 2; i++) {
			CaseDataTestCases.completedCase(this.youngPeople, this.assessments, practitioner, Gender.GIRL_OR_WOMAN,
					"Snapchatt", null);
		}
		CaseDataTestCases.completedCase(this.youngPeople, this.assessments, otherPractitioner, Gender.BOY_OR_MAN,
				"Snapchatt", null);
		CaseDataTestCases.awaitFacts(this.jdbc, own.getId(), 5);
		CaseDataTestCases.awaitFacts(this.jdbc, other.getId(), 1);
		// one Snapchat case was counted two quarters ago, so Snapchat is not new this
		// quarter
		String counted = this.jdbc.sql("""
				select min(f.fact_key) from case_fact f join case_fact_item i on i.fact_key = f.fact_key
				where f.partnership_id = :p and i.dimension = 'PLATFORM' and i.code = 'Snapchat'""")
			.param("p", own.getId())
			.query(String.class)
			.single();
		for (String table : List.of("case_fact", "case_fact_item", "case_fact_prompt")) {
			this.jdbc.sql("update " + table + " set counted_month = :earlier where fact_key = :key")
				.param("earlier", java.sql.Date.valueOf(java.time.LocalDate.now().withDayOfMonth(1).minusMonths(6)))
				.param("key", counted)
				.update();
		}

		Document before = page("/case-data", lead);
		assertThat(countIn(before, "by-platform", "Snapchat")).isEqualTo(3);
		assertThat(countIn(before, "by-platform", "Snapchatt")).isEqualTo(2);
		assertThat(before.select("#emerging-new tbody th").eachText()).containsExactly("Snapchatt");

		this.mvc
			.perform(post("/admin/platforms/merge").with(SignedIn.as(ownAdmin))
				.with(csrf())
				.param("variant", "Snapchatt")
				.param("canonical", "Snapchat"))
			.andExpect(redirectedUrl("/admin/platforms"));
		await().atMost(Duration.ofSeconds(20)).until(() -> platformItems(own.getId(), "Snapchatt") == 0);

		Document after = page("/case-data", lead);
		assertThat(countIn(after, "by-platform", "Snapchat")).isEqualTo(5);
		assertThat(after.select("#by-platform ~ table").first().text()).doesNotContain("Snapchatt");
		assertThat(after.select("#emerging-new tbody th").eachText()).doesNotContain("Snapchatt");
		assertThat(recordedPlatforms(own.getId())).containsOnly("Snapchat");
		assertThat(this.jdbc.sql("""
				select count(*) from access_log where partnership_id = :p and target_type = 'platform list'
				  and detail like 'merged "Snapchatt" into "Snapchat"%'""")
			.param("p", own.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
		// typed again later, the merged spelling is recorded as the list's name
		CaseDataTestCases.completedCase(this.youngPeople, this.assessments, practitioner, Gender.GIRL_OR_WOMAN,
				"snap chatt", null);
		CaseDataTestCases.awaitFacts(this.jdbc, own.getId(), 6);
		assertThat(recordedPlatforms(own.getId())).containsOnly("Snapchat");
		assertThat(platformItems(own.getId(), "Snapchat")).isEqualTo(6);

		// the other partnership: its own list, its records and its facts as they were
		assertThat(recordedPlatforms(other.getId())).containsOnly("Snapchatt");
		assertThat(platformItems(other.getId(), "Snapchatt")).isEqualTo(1);
		Document otherList = page("/admin/platforms", otherAdmin);
		assertThat(otherList.select("table").first().text()).contains("Yubo", "Snapchat");
		assertThat(otherList.select("table").get(1).text()).contains("Snapchatt");
		assertThat(this.jdbc.sql("select count(*) from online_platform_alias where partnership_id = :p")
			.param("p", other.getId())
			.query(Long.class)
			.single()).isZero();
		CaseDataTestCases.awaitNoIncompletePublications(this.jdbc);

		// the partnership page shows emerging platforms under its disclosure control
		Document monthPage = page("/case-data/partnership", ownAdmin);
		assertThat(monthPage.getElementById("emerging-platforms")).isNull();
		assertThat(monthPage.select("p > a[href*=breakdown=platform]").text()).startsWith("Platforms new this period");
		Document partnershipPage = page("/case-data/partnership?breakdown=platform", ownAdmin);
		assertThat(partnershipPage.getElementById("emerging-platforms")).isNotNull();
		for (Element cell : partnershipPage.select("#emerging-platforms td.govuk-table__cell--numeric")) {
			if (cell.text().matches("\\d+")) {
				assertThat(Long.parseLong(cell.text())).as(cell.text()).matches((n) -> n == 0 || n >= 5);
			}
		}
	}

	/**
	 * Issue 12 item 5: the administrator sets a quarterly timetable; each lead reviews
	 * and submits the agency's return; bad input is a form error; a second press of
	 * submit is refused; a correction is version 2 and version 1 stays readable and
	 * unchanged (the database refuses to change it); the partnership sees who has
	 * submitted.
	 */
	@Test
	void leadsSubmitVersionedReturnsAndThePartnershipSeesWhoHasSubmitted() throws Exception {
		world();
		YearMonth first = YearMonth.now(UkTime.ZONE).minusMonths(2);
		Document bad = Jsoup.parse(
				this.mvc
					.perform(post("/case-data/returns/timetable").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("frequency", "WEEKLY")
						.param("firstMonth", "13")
						.param("firstYear", "2026")
						.param("dueDays", "many"))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(bad.title()).startsWith("Error: ");
		assertThat(bad.select(".govuk-error-summary li").eachText()).containsExactly(
				"Select how often agencies send returns", "The first month must be a real month, for example 4 2026",
				"The number of days must be a whole number, for example 30");
		this.mvc
			.perform(post("/case-data/returns/timetable").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("frequency", "QUARTERLY")
				.param("firstMonth", String.valueOf(first.getMonthValue()))
				.param("firstYear", String.valueOf(first.getYear()))
				.param("dueDays", "30"))
			.andExpect(redirectedUrl("/case-data/partnership/returns"));
		Document overviewBefore = page("/case-data/partnership/returns", this.analyst);
		assertThat(overviewBefore.select("#period-" + first + " tbody tr").eachText()).hasSize(2)
			.allMatch((row) -> row.contains("Not yet submitted"));

		String periodUrl = "/case-data/returns/periods/" + first;
		Document review = page(periodUrl, this.smallLead);
		assertThat(review.select("h1").text()).isEqualTo("Review and submit your return");
		assertThat(review.select("#return-by-outcome ~ table").first().text()).contains("Early help Withheld");
		Document empty = submit(periodUrl, this.smallLead, " ", "0");
		assertThat(empty.title()).startsWith("Error: ");
		assertThat(empty.select(".govuk-error-summary li").eachText()).containsExactly("Enter a comment");
		assertThat(empty.select("#comment-error").text()).contains("Enter a comment");
		Document tooLong = submit(periodUrl, this.smallLead, "x".repeat(2001), "0");
		assertThat(tooLong.select(".govuk-error-summary li").eachText())
			.containsExactly("Comment must be 2000 characters or fewer");
		String location = this.mvc
			.perform(post(periodUrl).with(SignedIn.as(this.smallLead))
				.with(csrf())
				.param("comment", "Three cases this quarter")
				.param("seenVersion", "0"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/case-data/returns/\\d+");
		long firstVersion = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Document twice = submit(periodUrl, this.smallLead, "Three cases this quarter", "0");
		assertThat(twice.select(".govuk-error-summary li").text()).contains("sent while you were reviewing it");
		assertThat(versions(this.small.getId())).isEqualTo(1);
		String correction = this.mvc
			.perform(post(periodUrl).with(SignedIn.as(this.smallLead))
				.with(csrf())
				.param("comment", "Corrected: one case moved")
				.param("seenVersion", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(versions(this.small.getId())).isEqualTo(2);
		Document versionOne = page(location, this.analyst);
		assertThat(versionOne.select("#return-comment").text()).isEqualTo("Three cases this quarter");
		assertThat(versionOne.select(".govuk-inset-text").text()).contains("version 2");
		assertThat(page(correction, this.smallLead).select("h1").text()).endsWith("version 2");
		this.mvc.perform(post(periodUrl).with(SignedIn.as(this.largeLead))
			.with(csrf())
			.param("comment", "Twelve cases")
			.param("seenVersion", "0"));

		Document overview = page("/case-data/partnership/returns", this.analyst);
		assertThat(overview.select("#period-" + first + " tbody tr").eachText()).hasSize(2)
			.allMatch((row) -> row.contains("Submitted"));
		assertThat(overview.select("#period-" + first + " p").text()).contains("2 of 2 agencies sent, 0 overdue");
		// one navigation link is current, not also the figures page whose path is a
		// prefix
		assertThat(overview.select(".govuk-service-navigation__item--active").eachText())
			.containsExactly("Agencies' data returns");
		Document own = page("/case-data/returns", this.smallLead);
		assertThat(own.select(".govuk-service-navigation__item--active").eachText()).containsExactly("Data returns");
		assertThat(own.select("#agency-returns tbody tr").first().text()).contains("Not open yet");
		assertThat(own.select("#agency-returns tbody tr").get(1).text()).contains("Submitted", "Version 2");

		// a return not yet open is refused with a message, not saved
		String next = "/case-data/returns/periods/" + first.plusMonths(3);
		assertThat(page(next, this.smallLead).select(".govuk-inset-text").text())
			.contains("You can send this return from");
		Document notOpen = submit(next, this.smallLead, "Too early", "0");
		assertThat(notOpen.select(".govuk-error-summary li").text()).contains("You cannot send this return yet");

		// the database keeps submitted returns as they were sent
		assertThatThrownBy(() -> this.jdbc.sql("update data_return set comment = 'changed' where id = :id")
			.param("id", firstVersion)
			.update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.sql("delete from data_return_figure where data_return = :id")
			.param("id", firstVersion)
			.update()).isInstanceOf(DataAccessException.class);
		assertThat(page(location, this.admin).select("#return-comment").text()).isEqualTo("Three cases this quarter");
		assertThat(this.jdbc.sql("""
				select count(*) from access_log where partnership_id = :p and target_type = 'data return'
				  and detail like 'submitted version %'""")
			.param("p", this.partnership.getId())
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select count(*) from access_log where partnership_id = :p and target_type = 'data return'
				  and target_id = :id and event = 'RECORD_VIEWED'""")
			.param("p", this.partnership.getId())
			.param("id", String.valueOf(firstVersion))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/**
	 * Every way an analyst reaches a submitted return (page, CSV, XLSX, PDF and the API)
	 * shows no non-zero count below the export threshold, and no breakdown leaves one
	 * withheld figure alone beside its total.
	 */
	@Test
	void noReturnPageExportOrApiResponseShowsASmallOrRecoverableCount() throws Exception {
		world();
		YearMonth first = YearMonth.now(UkTime.ZONE).minusMonths(2);
		this.returns.setTimetable(new SignedInUser(this.admin, false, false), ReturnFrequency.QUARTERLY, first, 30,
				null);
		List<Long> ids = new ArrayList<>();
		for (User lead : List.of(this.smallLead, this.largeLead)) {
			ids.add(this.returns.submit(new SignedInUser(lead, false, false), first.toString(), "Return", 0).getId());
		}
		String token = this.tokens.issue(new SignedInUser(this.analyst, false, false), "returns").secret();
		String list = this.mvc.perform(get("/api/v1/returns").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode periods = JSON.readTree(list).get("periods");
		assertThat(periods.get(1).get("start").asString()).isEqualTo(first.atDay(1).toString());
		assertThat(periods.get(1).get("agencies").findValuesAsString("status")).containsOnly("SUBMITTED");
		boolean anyWithheld = false;
		for (long id : ids) {
			Document page = page("/case-data/returns/" + id, this.analyst);
			for (Element table : page.select("main table")) {
				anyWithheld |= checkCounts(table.select("td.govuk-table__cell--numeric").eachText(), page.title());
			}
			String csv = this.mvc
				.perform(get("/case-data/returns/" + id + "/export.csv").with(SignedIn.as(this.analyst)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			Map<String, List<String>> csvByBreakdown = new LinkedHashMap<>();
			csv.lines()
				.skip(1)
				.forEach((line) -> csvByBreakdown.computeIfAbsent(line.split(",")[5], (b) -> new ArrayList<>())
					.add(line.substring(line.lastIndexOf(',') + 1)));
			assertThat(csvByBreakdown).hasSize(DataReturnService.BREAKDOWNS.size());
			csvByBreakdown.forEach((breakdown,
					values) -> checkCounts(values.stream()
						.map((v) -> v.startsWith("[withheld") || v.endsWith("figure]") ? "Withheld" : v)
						.toList(), "CSV " + breakdown));
			byte[] xlsx = this.mvc
				.perform(get("/case-data/returns/" + id + "/export.xlsx").with(SignedIn.as(this.analyst)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				for (Row row : workbook.getSheetAt(0)) {
					if (row.getRowNum() > 0 && row.getCell(7).getCellType() == CellType.NUMERIC) {
						long n = (long) row.getCell(7).getNumericCellValue();
						assertThat(n).as("XLSX row %s", row.getRowNum()).matches((v) -> v == 0 || v >= 10);
					}
				}
			}
			byte[] pdf = this.mvc
				.perform(get("/case-data/returns/" + id + "/export.pdf").with(SignedIn.as(this.analyst)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Withheld", "Total cases");
				// the figures follow the first breakdown's heading; page numbers read "1
				// / 2"
				List<String> lines = text.lines().map(String::strip).toList();
				int from = lines.indexOf("By month");
				assertThat(from).isPositive();
				for (String line : lines.subList(from, lines.size())) {
					java.util.regex.Matcher count = java.util.regex.Pattern.compile("(?:^| )(\\d+)$").matcher(line);
					if (count.find() && !line.contains("/")) {
						assertThat(Long.parseLong(count.group(1))).as("PDF line: %s", line)
							.matches((v) -> v == 0 || v >= 10);
					}
				}
			}
			JsonNode one = JSON
				.readTree(this.mvc.perform(get("/api/v1/returns/" + id).header("Authorization", "Bearer " + token))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
			assertThat(one.get("threshold").asInt()).isEqualTo(10);
			for (JsonNode breakdown : one.get("breakdowns")) {
				List<String> values = new ArrayList<>();
				for (JsonNode figure : breakdown.get("categories")) {
					values.add(figure.get("withheld").asBoolean() ? "Withheld" : figure.get("count").asString());
				}
				JsonNode total = breakdown.get("total");
				values.add(total.get("withheld").asBoolean() ? "Withheld" : total.get("count").asString());
				checkCounts(values, "API " + breakdown.get("breakdown").asString());
			}
		}
		// agency "small" has 3 cases: its figures are withheld, not shown
		assertThat(anyWithheld).isTrue();
		// the returns API is described in the OpenAPI document, for bearer tokens
		JsonNode docs = JSON.readTree(this.mvc.perform(get("/v3/api-docs").with(SignedIn.as(this.analyst)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(docs.get("paths").propertyNames()).contains("/api/v1/returns", "/api/v1/returns/{id}");
		assertThat(docs.at("/paths/~1api~1v1~1returns~1{id}/get/tags/0").asString()).isEqualTo("Data returns");
		assertThat(docs.at("/paths/~1api~1v1~1returns~1{id}/get/responses/404").isMissingNode()).isFalse();
		assertThat(docs.at("/paths/~1api~1v1~1returns/get/security/0").has("bearer")).isTrue();
	}

	/**
	 * Checks one breakdown's counts (the total last): each shown count is 0 or at least
	 * the export threshold, and if any is withheld at least two are, so none can be
	 * worked out from the rest. Says whether any was withheld.
	 */
	private static boolean checkCounts(List<String> values, String where) {
		long withheld = values.stream().filter("Withheld"::equals).count();
		for (String value : values) {
			if (!value.equals("Withheld")) {
				assertThat(Long.parseLong(value)).as("%s: %s", where, values).matches((n) -> n == 0 || n >= 10);
			}
		}
		assertThat(withheld).as("%s: %s", where, values).isNotEqualTo(1);
		return withheld > 0;
	}

	private Document submit(String url, User lead, String comment, String seenVersion) throws Exception {
		return Jsoup.parse(this.mvc
			.perform(post(url).with(SignedIn.as(lead))
				.with(csrf())
				.param("comment", comment)
				.param("seenVersion", seenVersion))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long versions(long agencyId) {
		return this.jdbc.sql("select count(*) from data_return where agency_id = :a")
			.param("a", agencyId)
			.query(Long.class)
			.single();
	}

	private long platformItems(long partnershipId, String code) {
		return this.jdbc.sql("""
				select count(*) from case_fact_item i join case_fact f on f.fact_key = i.fact_key
				where f.partnership_id = :p and i.dimension = 'PLATFORM' and i.code = :code""")
			.param("p", partnershipId)
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private List<String> recordedPlatforms(long partnershipId) {
		return this.jdbc.sql("select distinct platforms from young_person where partnership_id = :p")
			.param("p", partnershipId)
			.query(String.class)
			.list();
	}

	private Document page(String url, User user) throws Exception {
		String html = this.mvc.perform(get(url).with(SignedIn.as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static long countIn(Document page, String sectionId, String label) {
		Element table = page.select("#" + sectionId + " ~ table").first();
		assertThat(table).as(sectionId).isNotNull();
		for (Element row : table.select("tbody tr")) {
			if (row.selectFirst("th").text().equals(label)) {
				return Long.parseLong(row.selectFirst("td").text());
			}
		}
		throw new AssertionError(label + " not in " + sectionId + ": " + table.text());
	}

}
