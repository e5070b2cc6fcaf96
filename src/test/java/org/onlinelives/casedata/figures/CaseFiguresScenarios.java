package org.onlinelives.casedata.figures;

import org.onlinelives.casedata.CaseFactItems;
import java.sql.Date;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency dashboard counts every breakdown in two queries; each of its figures must be
 * the one the single-breakdown query (the partnership pages' query) finds, on varied
 * facts (months, ages, genders, outcomes, several Cs, scenarios, factors and platform
 * spellings per case) and under every kind of filter.
 */
abstract class CaseFiguresScenarios extends WebIntegrationTest {

	private static final List<String> CS = List.of("CONTENT", "CONTACT", "CONDUCT", "COMMERCE");

	private static final List<String> SCENARIOS = List.of("CONTENT_HATE_SITES", "CONTACT_GROOMING", "CONDUCT_SEXTING",
			"COMMERCE_GAMBLING", "CONTACT_STRANGERS");

	private static final List<String> FACTORS = List.of("IN_CARE", "YOUNG_CARER", "SEN", "MENTAL_HEALTH");

	private static final List<String> PLATFORMS = List.of("SnapTalk", "snaptalk", "SNAPTALK ", "ChatWorld", "GameHub");

	private static final List<String> OUTCOMES = List.of("EARLY_HELP", "CHILD_IN_NEED", "CHILD_PROTECTION", "LADO");

	@Autowired
	CaseFigures figures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyBreakdownOfTheDashboardMatchesItsOwnQuery() {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		Agency other = this.data.agency(partnership);
		Random random = new Random(20261202);
		YearMonth now = YearMonth.of(2026, 11);
		int inAgency = 0;
		for (int i = 0; i < 160; i++) {
			boolean ours = i % 4 != 0;
			inAgency += ours ? 1 : 0;
			fact(random, partnership.getId(), (ours ? agency : other).getId(), now.minusMonths(random.nextInt(24)));
		}
		SignedInUser lead = new SignedInUser(this.data.user(partnership, agency, Role.AGENCY_LEAD), false, false);

		FigureFilter everything = new FigureFilter(now.minusMonths(23), now, null, null, false);
		List<FigureFilter> filters = List.of(everything, new FigureFilter(now.minusMonths(11), now, null, null, true),
				new FigureFilter(now.minusMonths(23), now, "14-15", null, false),
				new FigureFilter(now.minusMonths(5), now.minusMonths(2), null, "GIRL_OR_WOMAN", true),
				new FigureFilter(now.plusMonths(1), now.plusMonths(3), null, null, false));
		for (FigureFilter filter : filters) {
			Map<Breakdown, Figures> all = this.figures.ownAgency(lead, filter);
			assertThat(all.keySet()).containsExactly(Breakdown.values());
			for (Breakdown breakdown : Breakdown.values()) {
				Figures single = this.figures.count(partnership.getId(), agency.getId(), breakdown, filter);
				Figures together = all.get(breakdown);
				assertThat(together.categories()).as(breakdown + " categories, " + filter)
					.isEqualTo(single.categories());
				assertThat(together.countsOf(agency.getId())).as(breakdown + " counts, " + filter)
					.containsExactly(single.countsOf(agency.getId()));
				assertThat(together.counts().keySet()).as("only the lead's agency").isSubsetOf(agency.getId());
			}
		}
		// and the figures are the facts: every case of the agency counted once by gender
		assertThat(this.figures.ownAgency(lead, everything).get(Breakdown.GENDER).total(agency.getId()))
			.isEqualTo(inAgency);
		assertThat(this.figures.ownAgency(lead, everything).get(Breakdown.PLATFORM).categories())
			.extracting(Category::code)
			.as("spellings of one platform are counted together")
			.doesNotHaveDuplicates()
			.contains("snaptalk ", "snaptalk");
	}

	private void fact(Random random, long partnershipId, long agencyId, YearMonth month) {
		String key = UUID.randomUUID().toString();
		this.jdbc
			.sql("""
					insert into case_fact (fact_key, partnership_id, agency_id, counted_month, age_band, gender,
					  referral_source, online_component, outcome, assessments_completed, revision, updated_at)
					values (:key, :partnership, :agency, :month, :age, :gender, :referral, :online, :outcome, 1, 1, :now)""")
			.param("key", key)
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("age", pick(random, CaseSnapshot.AGE_BANDS))
			.param("gender", pick(random, List.of(Gender.values())).name())
			.param("referral", pick(random, List.of(ReferralSource.values())).name())
			.param("online", random.nextInt(3) > 0)
			.param("outcome", random.nextInt(4) == 0 ? null : pick(random, OUTCOMES))
			.param("now", OffsetDateTime.now())
			.update();
		item(key, "C", some(random, CS));
		item(key, "SCENARIO", some(random, SCENARIOS));
		item(key, "FACTOR", some(random, FACTORS));
		item(key, "PLATFORM", some(random, PLATFORMS));
	}

	private void item(String key, String dimension, Set<String> codes) {
		for (String code : codes) {
			CaseFactItems.insert(this.jdbc, key, dimension, code);
		}
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** None to three different values. */
	private static Set<String> some(Random random, List<String> values) {
		List<String> shuffled = new ArrayList<>(values);
		java.util.Collections.shuffle(shuffled, random);
		return new LinkedHashSet<>(shuffled.subList(0, random.nextInt(4)));
	}

}
