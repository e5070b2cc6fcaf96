package org.onlinelives.selfaudit.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Analysts see the partnership heat map and its exports with agencies as Agency A, B, ...
 * (the same letter throughout a cycle) unless the administrators choose to show names;
 * administrators always see names; averages from fewer than three agencies stay hidden.
 */
class AnalystResultsIntegrationTests extends WebIntegrationTest {

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditQa qa;

	@Autowired
	JdbcClient jdbc;

	@Test
	void analystsSeeAgenciesAsLettersStableWithinTheCycleAndAdministratorsSeeNames() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		Agency third = this.data.agency(world.partnership);
		User thirdLead = this.data.user(world.partnership, third, Role.AGENCY_LEAD);
		Agency fourth = this.data.agency(world.partnership);
		User fourthLead = this.data.user(world.partnership, fourth, Role.AGENCY_LEAD);
		AuditCycle cycle = world.cycle("Autumn 2026", world.agency, world.otherAgency, third, fourth);
		world.submitted(cycle, world.lead, (i) -> 1);
		world.submitted(cycle, world.otherLead, (i) -> 2);
		world.submitted(cycle, thirdLead, (i) -> 3);
		String path = "/audit-results?cycle=" + cycle.getId();

		Document analyst = page(path, world.analyst);
		assertThat(analyst.select("#heat-map tbody th").eachText()).containsExactly("Agency A", "Agency B", "Agency C");
		assertThat(analyst.select("#heat-map tbody tr").get(1).text()).contains("12/24");
		assertThat(analyst.select("#not-submitted li").eachText()).containsExactly("Agency D");
		for (Agency agency : new Agency[] { world.agency, world.otherAgency, third, fourth }) {
			assertThat(analyst.text()).doesNotContain(agency.getName());
		}
		assertThat(analyst.select("#averages td").first().text()).isEqualTo("12.0");
		assertThat(analyst.select("#pseudonymised").text()).contains("Agency A, Agency B");

		// the fourth agency submits later: everyone keeps their letter
		world.submitted(cycle, fourthLead, (i) -> 4);
		Document later = page(path, world.analyst);
		assertThat(later.select("#heat-map tbody th").eachText()).containsExactly("Agency A", "Agency B", "Agency C",
				"Agency D");
		assertThat(later.select("#heat-map tbody tr").get(1).text()).contains("12/24");
		assertThat(later.select("#heat-map tbody tr").get(3).text()).contains("24/24");

		// the exports are pseudonymised too, with ratings in words and the cycle's name
		MockHttpServletResponse csv = response("/audit-results/export.csv?cycle=" + cycle.getId(), world.analyst);
		String csvText = csv.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csvText).contains("Agency A").contains("Agency D").doesNotContain(world.agency.getName());
		assertThat(csvText).contains(",Red").contains(",Green").doesNotContain("AMBER").doesNotContain("GREEN");
		assertThat(csv.getHeader("Content-Disposition")).contains("self-audit-results-autumn-2026-");
		MockHttpServletResponse xlsx = response("/audit-results/export.xlsx?cycle=" + cycle.getId(), world.analyst);
		assertThat(xlsx.getHeader("Content-Disposition")).contains("self-audit-results-autumn-2026-")
			.endsWith(".xlsx\"");
		StringBuilder cells = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach((cell) -> cells.append(new DataFormatter().formatCellValue(cell)).append('|'));
			}
		}
		assertThat(cells.toString()).contains("|Agency B|").doesNotContain(world.otherAgency.getName());

		// administrators always see names
		Document admin = page(path, world.admin);
		assertThat(admin.select("#heat-map tbody th").eachText()).contains(world.agency.getName(), fourth.getName());
		assertThat(response("/audit-results/export.csv?cycle=" + cycle.getId(), world.admin)
			.getContentAsString(StandardCharsets.UTF_8)).contains(world.agency.getName());

		// until the administrators choose to show names to analysts
		Long version = this.jdbc.sql("select version from partnership where id = :id")
			.param("id", world.partnership.getId())
			.query(Long.class)
			.single();
		MockHttpServletResponse saved = this.mvc
			.perform(post("/admin/partnership").param("name", world.partnership.getName())
				.param("agencyNamesForAnalysts", "true")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(SignedIn.as(world.admin)))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(page(path, world.analyst).select("#heat-map tbody th").eachText()).contains(world.agency.getName());
	}

	@Test
	void averagesFromFewerThanThreeAgenciesStayHiddenFromAnalysts() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		AuditCycle cycle = world.cycle("Small", world.agency, world.otherAgency);
		world.submitted(cycle, world.lead, (i) -> 1);
		world.submitted(cycle, world.otherLead, (i) -> 2);
		Document analyst = page("/audit-results?cycle=" + cycle.getId(), world.analyst);
		assertThat(analyst.select("#heat-map tbody th").eachText()).containsExactly("Agency A", "Agency B");
		assertThat(analyst.select("#averages td").eachText()).allMatch((text) -> text.startsWith("Not shown"));
	}

	private Document page(String path, User as) throws Exception {
		MockHttpServletResponse response = response(path, as);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse response(String path, User as) throws Exception {
		return this.mvc.perform(get(path).with(SignedIn.as(as))).andReturn().getResponse();
	}

}
