package org.onlinelives.casedata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
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
			if (breakdown != Breakdown.FACTOR) {
				// agency "small" has 3 cases in every other breakdown
				assertThat(page.select("table").text()).as(breakdown.name()).contains("Withheld");
			}
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
		assertThat(this.jdbc.sql("select count(*) from case_fact where partnership_id = :p")
			.param("p", this.partnership.getId())
			.query(Long.class)
			.single()).isEqualTo(15);
		assertThat(countIn(page("/case-data", this.smallLead), "by-outcome", "Early help")).isEqualTo(3);
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
		this.jdbc.sql("""
				update case_fact set counted_month = :earlier where fact_key = (
				  select min(f.fact_key) from case_fact f join case_fact_item i on i.fact_key = f.fact_key
				  where f.partnership_id = :p and i.dimension = 'PLATFORM' and i.code = 'Snapchat')""")
			.param("earlier", java.sql.Date.valueOf(java.time.LocalDate.now().withDayOfMonth(1).minusMonths(6)))
			.param("p", own.getId())
			.update();

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
		Document partnershipPage = page("/case-data/partnership", ownAdmin);
		assertThat(partnershipPage.getElementById("emerging-platforms")).isNotNull();
		for (Element cell : partnershipPage.select("#emerging-platforms td.govuk-table__cell--numeric")) {
			if (cell.text().matches("\\d+")) {
				assertThat(Long.parseLong(cell.text())).as(cell.text()).matches((n) -> n == 0 || n >= 5);
			}
		}
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
