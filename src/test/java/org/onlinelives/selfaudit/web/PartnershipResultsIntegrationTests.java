package org.onlinelives.selfaudit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Six agencies over two cycles: the heat map's cells and partnership averages match an
 * independent computation, small numbers are suppressed, and an agency compares itself
 * with its earlier cycle and the partnership.
 */
class PartnershipResultsIntegrationTests extends WebIntegrationTest {

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditQa qa;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void heatMapAndAveragesMatchAnIndependentComputation() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		List<Agency> agencies = new ArrayList<>(List.of(world.agency, world.otherAgency));
		List<User> leads = new ArrayList<>(List.of(world.lead, world.otherLead));
		for (int i = 0; i < 4; i++) {
			Agency agency = this.data.agency(world.partnership);
			agencies.add(agency);
			leads.add(this.data.user(world.partnership, agency, Role.AGENCY_LEAD));
		}
		Random random = new Random(20261128);
		int[][][] scores = new int[2][6][36];
		AuditCycle[] cycles = { world.cycle("First", agencies.toArray(Agency[]::new)),
				world.cycle("Second", agencies.toArray(Agency[]::new)) };
		List<Audit> secondCycleAudits = new ArrayList<>();
		for (int c = 0; c < 2; c++) {
			// in each cycle five agencies submit; the sixth has not
			for (int a = 0; a < 5; a++) {
				for (int s = 0; s < 36; s++) {
					scores[c][a][s] = random.nextInt(5);
				}
				int[] mine = scores[c][a];
				Audit audit = world.submitted(cycles[c], leads.get(a), (i) -> mine[i]);
				if (c == 1) {
					secondCycleAudits.add(audit);
				}
			}
		}
		world.started(cycles[1], leads.get(5));

		Document page = page("/audit-results?cycle=" + cycles[1].getId(), world.admin);
		assertThat(page.select("#heat-map tbody tr")).hasSize(5);
		for (int a = 0; a < 5; a++) {
			String row = page.select("#heat-map tbody tr:has(th:containsOwn(" + agencies.get(a).getName() + "))")
				.text();
			for (int section = 0; section < 6; section++) {
				assertThat(row).contains(sectionTotal(scores[1][a], section) + "/24");
			}
		}
		List<String> averages = page.select("#averages td").eachText();
		assertThat(averages).hasSize(7);
		for (int section = 0; section < 6; section++) {
			double sum = 0;
			for (int a = 0; a < 5; a++) {
				sum += sectionTotal(scores[1][a], section);
			}
			assertThat(averages.get(section)).isEqualTo(String.format(Locale.UK, "%.1f", sum / 5));
		}
		double overall = 0;
		for (int a = 0; a < 5; a++) {
			for (int s = 0; s < 36; s++) {
				overall += scores[1][a][s];
			}
		}
		assertThat(averages.get(6)).isEqualTo(String.format(Locale.UK, "%.1f", overall / 5));
		assertThat(page.select("#not-submitted li").eachText()).containsExactly(agencies.get(5).getName());
		// the distribution of 1.1 counts each score
		int[] counts = new int[5];
		for (int a = 0; a < 5; a++) {
			counts[scores[1][a][0]]++;
		}
		assertThat(page.select("#distribution tbody tr").first().select("td").eachText()).containsExactly(
				String.valueOf(counts[0]), String.valueOf(counts[1]), String.valueOf(counts[2]),
				String.valueOf(counts[3]), String.valueOf(counts[4]));

		// the analyst sees the same figures
		assertThat(page("/audit-results?cycle=" + cycles[1].getId(), world.analyst).select("#averages td").eachText())
			.isEqualTo(averages);

		// the exports carry the same figures, and are logged
		String csv = response("/audit-results/export.csv?cycle=" + cycles[1].getId(), world.admin)
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
			.parse(new java.io.StringReader(csv))
			.getRecords();
		assertThat(records).hasSize(7);
		org.apache.commons.csv.CSVRecord first = records.stream()
			.filter((record) -> record.get(1).equals(agencies.get(0).getName()))
			.findFirst()
			.orElseThrow();
		assertThat(first.get(2)).isEqualTo(String.valueOf(sectionTotal(scores[1][0], 0)));
		assertThat(records.get(6).get(1)).isEqualTo("Partnership average");
		assertThat(records.get(6).get(2)).isEqualTo(averages.get(0));
		byte[] xlsx = response("/audit-results/export.xlsx?cycle=" + cycles[1].getId(), world.analyst)
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(6);
			assertThat(sheet.getRow(6).getCell(7).getStringCellValue()).isEqualTo(averages.get(5));
		}
		assertThat(this.jdbc.sql(
				"select count(*) from access_log where event = 'EXPORTED' and target_type = 'audit-cycle' and target_id = :c")
			.param("c", String.valueOf(cycles[1].getId()))
			.query(Integer.class)
			.single()).isEqualTo(2);

		// an agency compares its second cycle with its first and the partnership
		Document comparison = page("/audits/" + secondCycleAudits.get(0).getId() + "/comparison", world.lead);
		List<String> firstRow = comparison.select("#comparison tbody tr").first().select("td").eachText();
		assertThat(firstRow).containsExactly(String.valueOf(sectionTotal(scores[0][0], 0)),
				String.valueOf(sectionTotal(scores[1][0], 0)), averages.get(0));
	}

	@Test
	void averagesFromFewerThanThreeAgenciesAreNotShown() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		AuditCycle cycle = world.cycle("Small", world.agency, world.otherAgency);
		world.submitted(cycle, world.lead, (i) -> 3);
		world.submitted(cycle, world.otherLead, (i) -> 1);
		Document page = page("/audit-results?cycle=" + cycle.getId(), world.admin);
		assertThat(page.select("#heat-map tbody tr")).hasSize(2);
		assertThat(page.select("#averages td").eachText()).hasSize(7)
			.allSatisfy((text) -> assertThat(text).isEqualTo("Not shown (fewer than 3 agencies)"));
		assertThat(page.select("#distribution tbody tr").first().select("td").eachText()).containsOnly("Not shown");
		assertThat(page.text()).doesNotContain("18.0").doesNotContain("12.0");
	}

	@Test
	void partnershipViewIsForAdministratorsAndAnalystsOnly() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		for (User user : List.of(world.lead, world.practitioner, world.reviewer)) {
			assertThat(response("/audit-results", user).getStatus()).isEqualTo(403);
		}
		AuditCycle cycle = world.cycle("Mine", world.agency);
		// another partnership's cycle id shows nothing of it
		assertThat(page("/audit-results?cycle=" + cycle.getId(), world.otherPartnershipAdmin).text())
			.doesNotContain(cycle.getName());
	}

	private static int sectionTotal(int[] scores, int section) {
		int total = 0;
		for (int i = section * 6; i < section * 6 + 6; i++) {
			total += scores[i];
		}
		return total;
	}

	private MockHttpServletResponse response(String path, User as) throws Exception {
		return this.mvc.perform(get(path).with(SignedIn.as(as))).andReturn().getResponse();
	}

	private Document page(String path, User as) throws Exception {
		MockHttpServletResponse response = response(path, as);
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
