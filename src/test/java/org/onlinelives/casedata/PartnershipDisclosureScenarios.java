package org.onlinelives.casedata;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.CaseOutcome;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.casedata.figures.Breakdown;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.Category;
import org.onlinelives.casedata.figures.EmergingPlatformFigures;
import org.onlinelives.casedata.figures.EmergingPlatforms;
import org.onlinelives.casedata.figures.FigureFilter;
import org.onlinelives.casedata.figures.Figures;
import org.onlinelives.casedata.figures.PartnershipTable;
import org.onlinelives.casedata.returns.DataReturn;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.PartnershipPeriods;
import org.onlinelives.casedata.returns.ReturnFigure;
import org.onlinelives.casedata.returns.ReturnFrequency;
import org.onlinelives.casedata.returns.ReturnPeriod;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedCell;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.UkTime;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst holds everything the partnership releases for one period at once: the
 * partnership tables of every breakdown at the page and the export threshold, and every
 * agency's submitted returns. Set side by side as one system of equations, they must not
 * determine any withheld non-zero count.
 */
abstract class PartnershipDisclosureScenarios extends WebIntegrationTest {

	private static final DisclosurePolicy PAGES = new DisclosurePolicy(5, false);

	private static final DisclosurePolicy EXPORTS = new DisclosurePolicy(10, false);

	private static final List<String> PLATFORMS = List.of("SnapTalk", "Gamers Hub", "PhotoGram", "ChatLoop");

	private static final List<CaseOutcome> OUTCOMES = List.of(CaseOutcome.EARLY_HELP, CaseOutcome.CHILD_IN_NEED,
			CaseOutcome.NO_FURTHER_ACTION);

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFigures figures;

	@Autowired
	DataReturnService returns;

	@Autowired
	PartnershipPeriods periods;

	@Autowired
	EmergingPlatformFigures emerging;

	@Test
	void partnershipTablesAndReturnsTogetherGiveAwayNoWithheldCount() {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		SignedInUser analyst = new SignedInUser(this.data.user(partnership, null, Role.ANALYST), false, false);
		// agencies of 3 and 8 cases are counted together; 12, 17 and 26 stand alone
		int[] sizes = { 3, 8, 12, 17, 26 };
		Map<Agency, User> leads = new LinkedHashMap<>();
		int made = 0;
		for (int a = 0; a < sizes.length; a++) {
			Agency agency = this.data.agency(partnership);
			leads.put(agency, this.data.user(partnership, agency, Role.AGENCY_LEAD));
			User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
			for (int i = 0; i < sizes[a]; i++, made++) {
				CaseDataTestCases.completedCase(this.youngPeople, this.assessments, practitioner, 10 + (made * 7) % 8,
						(made % 3 == 0) ? Gender.BOY_OR_MAN : Gender.GIRL_OR_WOMAN,
						PLATFORMS.get((made * 5 + a) % PLATFORMS.size()),
						(made % 4 == 3) ? null : OUTCOMES.get((made + a) % OUTCOMES.size()));
			}
		}
		CaseDataTestCases.awaitFacts(this.jdbc, partnership.getId(), made);
		YearMonth first = YearMonth.now(UkTime.ZONE).minusMonths(2);
		this.returns.setTimetable(new SignedInUser(admin, false, false), ReturnFrequency.QUARTERLY, first, 30, null);
		ReturnPeriod period = this.periods.periods(analyst).get(0);
		assertThat(period.first()).isEqualTo(first);
		List<DataReturn> submitted = new ArrayList<>();
		for (User lead : leads.values()) {
			submitted.add(this.returns.submit(new SignedInUser(lead, false, false), first.toString(), "Return", 0));
		}

		FigureFilter filter = new FigureFilter(period.first(), period.last(), null, null, true);
		LinkedReleasesAttacker attacker = new LinkedReleasesAttacker();
		Map<Long, Map<Breakdown, Figures>> truth = new LinkedHashMap<>();
		leads.forEach((agency, lead) -> truth.put(agency.getId(),
				this.figures.ownAgency(new SignedInUser(lead, false, false), filter)));
		int grouped = 0;
		for (Breakdown breakdown : Breakdown.values()) {
			for (DisclosurePolicy policy : List.of(EXPORTS, PAGES)) {
				PartnershipTable table = this.figures.partnership(analyst, breakdown, filter, policy, EXPORTS,
						this.periods.released(analyst, period));
				grouped = Math.max(grouped, table.grouped());
				addTable(attacker, breakdown, table, leads, truth);
			}
		}
		assertThat(grouped).as("agencies counted together").isEqualTo(2);
		for (DataReturn found : submitted) {
			addReturn(attacker, found, truth.get(found.getAgencyId()));
		}
		assertThat(attacker.withheld()).as("withheld figures").isPositive();
		assertThat(attacker.recovered()).isEmpty();

		// emerging platforms repeat the page's platform column totals, withheld or not;
		// a case a year earlier makes the period comparable, so the four are new in it
		this.jdbc.sql("""
				insert into case_fact (fact_key, partnership_id, agency_id, counted_month, age_band, gender,
				  referral_source, online_component, assessments_completed, revision, updated_at)
				values (:key, :partnership, :agency, :month, '13-15', 'GIRL_OR_WOMAN', 'SCHOOL', true, 1, 1,
				  current_timestamp)""")
			.param("key", java.util.UUID.randomUUID().toString())
			.param("partnership", partnership.getId())
			.param("agency", leads.keySet().iterator().next().getId())
			.param("month", java.sql.Date.valueOf(period.first().minusYears(1).atDay(1)))
			.update();
		PartnershipTable platforms = this.figures.partnership(analyst, Breakdown.PLATFORM, filter, PAGES, EXPORTS,
				this.periods.released(analyst, period));
		EmergingPlatforms emerging = this.emerging.partnership(analyst, period.first(), period.last(), period.months(),
				platforms, null);
		assertThat(emerging.newThisQuarter()).hasSize(PLATFORMS.size());
		for (EmergingPlatforms.NewPlatform platform : emerging.newThisQuarter()) {
			int column = platforms.categories()
				.stream()
				.map(Category::code)
				.toList()
				.indexOf(platform.label().toLowerCase(java.util.Locale.ROOT));
			assertThat(platform.cases()).as(platform.label())
				.isEqualTo(shown(platforms.table().columnTotals().get(column)));
		}
		// a platform in the previous period's table is not new, whatever the history says
		assertThat(
				this.emerging.partnership(analyst, period.first(), period.last(), period.months(), platforms, platforms)
					.newThisQuarter())
			.isEmpty();
	}

	/**
	 * One partnership table: each cell is the agency's own count (or, in the row of
	 * agencies counted together, the sum of theirs), and rows and columns add up.
	 */
	private static void addTable(LinkedReleasesAttacker attacker, Breakdown breakdown, PartnershipTable table,
			Map<Agency, User> leads, Map<Long, Map<Breakdown, Figures>> truth) {
		if (table.isEmpty()) {
			return;
		}
		List<Agency> agencies = new ArrayList<>(leads.keySet());
		List<String> rows = new ArrayList<>();
		List<long[]> rowTruth = new ArrayList<>();
		List<Category> categories = table.categories();
		List<Agency> others = new ArrayList<>();
		for (String name : table.agencies()) {
			Agency agency = agencies.stream().filter((a) -> a.getName().equals(name)).findFirst().orElse(null);
			if (agency != null) {
				rows.add(breakdown + "|" + agency.getId());
				rowTruth.add(counts(truth.get(agency.getId()).get(breakdown), agency.getId(), categories));
			}
			else {
				rows.add(breakdown + "|others");
				long[] sum = new long[categories.size()];
				for (Agency candidate : agencies) {
					if (table.agencies().contains(candidate.getName())) {
						continue;
					}
					others.add(candidate);
					long[] found = counts(truth.get(candidate.getId()).get(breakdown), candidate.getId(), categories);
					for (int c = 0; c < sum.length; c++) {
						sum[c] += found[c];
					}
				}
				rowTruth.add(sum);
			}
		}
		long grand = 0;
		long[] columnTruth = new long[categories.size()];
		for (int r = 0; r < rows.size(); r++) {
			long rowTotal = 0;
			List<String> parts = new ArrayList<>();
			for (int c = 0; c < categories.size(); c++) {
				String name = rows.get(r) + "|" + categories.get(c).code();
				attacker.figure(name, rowTruth.get(r)[c], shown(table.table().cell(r, c)));
				parts.add(name);
				rowTotal += rowTruth.get(r)[c];
				columnTruth[c] += rowTruth.get(r)[c];
			}
			String total = rows.get(r) + "|TOTAL";
			attacker.figure(total, rowTotal, shown(table.table().rowTotals().get(r)));
			attacker.sum(parts, total);
			if (!breakdown.multiValued()) {
				// a case once in every single-valued breakdown: the same total in each
				attacker.derived("cases|" + rows.get(r).substring(rows.get(r).indexOf('|') + 1), rowTotal);
				attacker.sum(List.of(total), "cases|" + rows.get(r).substring(rows.get(r).indexOf('|') + 1));
			}
			grand += rowTotal;
		}
		List<String> columnNames = new ArrayList<>();
		for (int c = 0; c < categories.size(); c++) {
			String name = breakdown + "|all|" + categories.get(c).code();
			attacker.figure(name, columnTruth[c], shown(table.table().columnTotals().get(c)));
			List<String> parts = new ArrayList<>();
			for (String row : rows) {
				parts.add(row + "|" + categories.get(c).code());
			}
			attacker.sum(parts, name);
			columnNames.add(name);
		}
		attacker.figure(breakdown + "|all|TOTAL", grand, shown(table.table().grandTotal()));
		attacker.sum(columnNames, breakdown + "|all|TOTAL");
		if (!breakdown.multiValued()) {
			attacker.derived("cases|all", grand);
			attacker.sum(List.of(breakdown + "|all|TOTAL"), "cases|all");
		}
		for (Category category : categories) {
			List<String> members = others.stream()
				.map((a) -> breakdown + "|" + a.getId() + "|" + category.code())
				.distinct()
				.toList();
			if (!members.isEmpty()) {
				for (Agency member : others) {
					attacker.figure(breakdown + "|" + member.getId() + "|" + category.code(),
							counts(truth.get(member.getId()).get(breakdown), member.getId(), List.of(category))[0],
							null);
				}
				attacker.sum(members, breakdown + "|others|" + category.code());
			}
		}
	}

	/**
	 * One agency's return: its figures are the agency's own counts, adding up to the
	 * total.
	 */
	private static void addReturn(LinkedReleasesAttacker attacker, DataReturn found, Map<Breakdown, Figures> truth) {
		found.byBreakdown().forEach((breakdownName, figures) -> {
			Breakdown breakdown = Breakdown.valueOf(breakdownName);
			Figures counted = truth.get(breakdown);
			List<String> parts = new ArrayList<>();
			String total = null;
			long sum = 0;
			for (ReturnFigure figure : figures) {
				if (figure.total()) {
					total = breakdown + "|" + found.getAgencyId() + "|TOTAL";
					continue;
				}
				String name = breakdown + "|" + found.getAgencyId() + "|" + figure.categoryCode();
				long value = counts(counted, found.getAgencyId(),
						List.of(new Category(figure.categoryCode(), figure.categoryLabel())))[0];
				attacker.figure(name, value, figure.shownCount());
				parts.add(name);
				sum += value;
			}
			Long shownTotal = figures.stream().filter(ReturnFigure::total).findFirst().orElseThrow().shownCount();
			attacker.figure(total, sum, shownTotal);
			if (!parts.isEmpty()) {
				attacker.sum(parts, total);
			}
		});
	}

	private static long[] counts(Figures figures, long agencyId, List<Category> categories) {
		long[] own = figures.countsOf(agencyId);
		long[] result = new long[categories.size()];
		for (int c = 0; c < categories.size(); c++) {
			for (int k = 0; k < figures.categories().size(); k++) {
				if (figures.categories().get(k).code().equals(categories.get(c).code())) {
					result[c] = own[k];
				}
			}
		}
		return result;
	}

	private static Long shown(ProtectedCell cell) {
		return cell.suppressed() ? null : cell.value();
	}

}
