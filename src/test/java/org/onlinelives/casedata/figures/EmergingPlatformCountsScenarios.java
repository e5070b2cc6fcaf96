package org.onlinelives.casedata.figures;

import org.onlinelives.casedata.CaseFactItems;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emerging platforms read only the last two quarters (and history only for platforms
 * first seen this quarter). Checked against the earlier reading of every month there is,
 * kept here as the reference: the same platforms, counts, totals and new platforms, for
 * an agency and for the partnership, over facts that include a platform last seen years
 * ago and back this quarter, one new this quarter, spellings differing in case, and cases
 * with no platform.
 */
abstract class EmergingPlatformCountsScenarios extends WebIntegrationTest {

	private static final List<String> PLATFORMS = List.of("SnapTalk", "snaptalk", "ChatWorld", "GameHub", "PixPost");

	@Autowired
	EmergingPlatformFigures emerging;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTwoQuarterReadingFindsWhatReadingEveryMonthFound() {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		Agency other = this.data.agency(partnership);
		YearMonth to = YearMonth.of(2026, 11);
		Random random = new Random(1202);
		for (int i = 0; i < 150; i++) {
			Agency owner = (i % 3 == 0) ? other : agency;
			YearMonth month = to.minusMonths(random.nextInt(30));
			fact(partnership.getId(), owner.getId(), month, random.nextBoolean(),
					(random.nextInt(5) == 0) ? null : PLATFORMS.get(random.nextInt(PLATFORMS.size())));
		}
		// last seen two years ago, back this quarter; and one never seen before this
		// quarter
		fact(partnership.getId(), agency.getId(), to.minusMonths(24), true, "OldSpace");
		fact(partnership.getId(), agency.getId(), to.minusMonths(1), true, "OLDSPACE");
		fact(partnership.getId(), agency.getId(), to, true, "NewTube");
		fact(partnership.getId(), other.getId(), to.minusMonths(1), false, "NewTube");

		for (Long scope : new Long[] { agency.getId(), null }) {
			for (YearMonth month : List.of(to, to.minusMonths(1), to.minusMonths(3), to.minusMonths(40))) {
				EmergingPlatformFigures.Counts found = this.emerging.count(partnership.getId(), scope, month);
				EmergingPlatformFigures.Counts reference = everyMonth(partnership.getId(), scope, month);
				String where = "scope " + scope + ", " + month;
				assertThat(found.comparable()).as(where).isEqualTo(reference.comparable());
				assertThat(found.onlineThis()).as(where).isEqualTo(reference.onlineThis());
				assertThat(found.onlinePrevious()).as(where).isEqualTo(reference.onlinePrevious());
				assertThat(byLabel(found, month)).as(where).isEqualTo(byLabel(reference, month));
			}
		}
		EmergingPlatforms own = EmergingPlatforms.of(to, true,
				this.emerging.count(partnership.getId(), agency.getId(), to).platforms(), 1L, 1L);
		assertThat(own.newThisQuarter()).extracting(EmergingPlatforms.NewPlatform::label)
			.as("new this quarter: never recorded before it; a platform back after two years is not new")
			.containsExactly("NewTube");
	}

	/**
	 * What a reading shows: each platform seen in the two quarters or new this quarter,
	 * with its counts and whether it is new.
	 */
	private static Map<String, String> byLabel(EmergingPlatformFigures.Counts counts, YearMonth to) {
		YearMonth from = EmergingPlatforms.quarterStart(to);
		Map<String, String> shown = new TreeMap<>();
		for (PlatformQuarters p : counts.platforms()) {
			boolean fresh = !p.firstRecorded().isBefore(from) && !p.firstRecorded().isAfter(to);
			if (p.casesThisQuarter() > 0 || p.onlineThisQuarter() > 0 || p.onlinePreviousQuarter() > 0 || fresh) {
				shown.put(p.label().toLowerCase(java.util.Locale.ROOT),
						p.casesThisQuarter() + " " + p.onlineThisQuarter() + " " + p.onlinePreviousQuarter()
								+ (fresh ? " new " + p.firstRecorded() : ""));
			}
		}
		return shown;
	}

	/**
	 * The reading of every month up to {@code to}, as the figures were counted before.
	 */
	private EmergingPlatformFigures.Counts everyMonth(long partnershipId, Long agencyId, YearMonth to) {
		YearMonth from = EmergingPlatforms.quarterStart(to);
		Map<String, Object> params = new HashMap<>();
		params.put("partnership", partnershipId);
		params.put("agency", agencyId);
		params.put("thisFrom", Date.valueOf(from.atDay(1)));
		params.put("previousFrom", Date.valueOf(from.minusMonths(3).atDay(1)));
		params.put("to", Date.valueOf(to.atDay(1)));
		String agency = CaseFigures.agencyCondition(agencyId);
		List<PlatformQuarters> platforms = this.jdbc.sql("""
				select lower(i.code) as code, min(i.code) as label, min(f.counted_month) as first_month,
				  count(distinct case when f.counted_month >= :thisFrom then f.fact_key end) as this_all,
				  count(distinct case when f.counted_month >= :thisFrom and f.online_component = true
				                      then f.fact_key end) as this_online,
				  count(distinct case when f.counted_month >= :previousFrom and f.counted_month < :thisFrom
				                       and f.online_component = true then f.fact_key end) as previous_online
				from case_fact f join case_fact_item i on i.fact_key = f.fact_key and i.dimension = 'PLATFORM'
				where f.partnership_id = :partnership and f.counted_month <= :to
				""" + agency + " group by lower(i.code)")
			.params(params)
			.query((rs, row) -> new PlatformQuarters(rs.getString("label"),
					YearMonth.from(rs.getObject("first_month", LocalDate.class)), rs.getLong("this_all"),
					rs.getLong("this_online"), rs.getLong("previous_online")))
			.list();
		long[] totals = new long[3];
		this.jdbc.sql("""
				select count(case when f.counted_month >= :thisFrom and f.online_component = true then 1 end),
				       count(case when f.counted_month >= :previousFrom and f.counted_month < :thisFrom
				                   and f.online_component = true then 1 end),
				       count(case when f.counted_month < :thisFrom then 1 end)
				from case_fact f
				where f.partnership_id = :partnership and f.counted_month <= :to
				""" + agency).params(params).query((rs) -> {
			totals[0] = rs.getLong(1);
			totals[1] = rs.getLong(2);
			totals[2] = rs.getLong(3);
		});
		return new EmergingPlatformFigures.Counts(new ArrayList<>(platforms), totals[0], totals[1], totals[2] > 0);
	}

	private void fact(long partnershipId, long agencyId, YearMonth month, boolean online, String platform) {
		String key = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into case_fact (fact_key, partnership_id, agency_id, counted_month, age_band, gender,
				  referral_source, online_component, assessments_completed, revision, updated_at)
				values (:key, :partnership, :agency, :month, '14-15', 'NOT_KNOWN', 'SCHOOL', :online, 1, 1, :now)""")
			.param("key", key)
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("online", online)
			.param("now", OffsetDateTime.now())
			.update();
		if (platform != null) {
			CaseFactItems.insert(this.jdbc, key, "PLATFORM", platform);
		}
	}

}
