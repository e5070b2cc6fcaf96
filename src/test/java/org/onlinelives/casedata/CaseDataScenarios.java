package org.onlinelives.casedata;

import java.nio.charset.StandardCharsets;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
