package org.onlinelives.casedata.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.platform.disclosure.DisclosureControl;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedCell;
import org.onlinelives.platform.disclosure.ProtectedTable;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emerging platforms counted from the facts: an agency lead's own agency unsuppressed,
 * the partnership's only after disclosure control, with the same rules as
 * {@link CaseFigures}.
 */
@Service
public class EmergingPlatformFigures {

	private final JdbcClient jdbc;

	EmergingPlatformFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The lead's own agency, in the quarter of the month {@code to}, unsuppressed. */
	@Transactional(readOnly = true)
	public EmergingPlatforms ownAgency(SignedInUser user, YearMonth to) {
		if (!CaseFigures.mayReadOwnAgency(user)) {
			throw new AccessDeniedException("Only an agency lead reads the agency's own figures");
		}
		Counts counts = count(user.partnershipId(), user.agencyId(), to);
		return EmergingPlatforms.of(to, counts.comparable(), counts.platforms(), counts.onlineThis(),
				counts.onlinePrevious());
	}

	/**
	 * The partnership's emerging platforms for one return period, read only from the
	 * platform tables the partnership page gives for that period and the one before (each
	 * platform's cases are a column total there, the cases counted the table's total of
	 * cases), so the list adds no figure a reader could set against those tables. Only
	 * whether a platform was recorded before the period comes from the facts.
	 * @param to the period's last month, or this month while the period runs
	 * @param months the period's length
	 * @param now the platform table of the period
	 * @param before the platform table of the period before, or null if there is none
	 */
	@Transactional(readOnly = true)
	public EmergingPlatforms partnership(SignedInUser user, YearMonth from, YearMonth to, long months,
			PartnershipTable now, PartnershipTable before) {
		if (!CaseFigures.mayReadPartnership(user)) {
			throw new AccessDeniedException("Only administrators and analysts read partnership figures");
		}
		Map<String, Long> thisPeriod = columnTotals(now);
		Map<String, Long> previousPeriod = columnTotals(before);
		Map<String, String> labels = new java.util.TreeMap<>();
		labels.putAll(labels(before));
		labels.putAll(labels(now));
		// a platform in the previous period's table was recorded before; only the others
		// need the history
		List<String> candidates = labels.keySet()
			.stream()
			.filter((code) -> thisPeriod.containsKey(code) && !previousPeriod.containsKey(code))
			.toList();
		Map<String, YearMonth> recordedBefore = firstRecordedBefore(user.partnershipId(), from, candidates);
		List<PlatformQuarters> platforms = new ArrayList<>();
		labels.forEach((code, label) -> {
			YearMonth first = (previousPeriod.containsKey(code)) ? from.minusMonths(months)
					: recordedBefore.getOrDefault(code, from);
			Long casesNow = thisPeriod.containsKey(code) ? thisPeriod.get(code) : Long.valueOf(0L);
			Long casesBefore = previousPeriod.containsKey(code) ? previousPeriod.get(code) : Long.valueOf(0L);
			platforms.add(new PlatformQuarters(label, first, casesNow, casesNow, casesBefore));
		});
		boolean comparable = !this.jdbc.sql("""
				select f.fact_key from case_fact f
				where f.partnership_id = :partnership and f.counted_month < :from fetch first 1 rows only""")
			.param("partnership", user.partnershipId())
			.param("from", Date.valueOf(from.atDay(1)))
			.query(String.class)
			.list()
			.isEmpty();
		return EmergingPlatforms.of(from, to, comparable, platforms, now.isEmpty() ? null : now.cases(),
				(before == null || before.isEmpty()) ? null : before.cases());
	}

	/** The first month each platform was recorded in before a month, if it was. */
	private Map<String, YearMonth> firstRecordedBefore(long partnershipId, YearMonth from, List<String> codes) {
		Map<String, YearMonth> found = new HashMap<>();
		if (!codes.isEmpty()) {
			this.jdbc.sql("""
					select i.code_key as code, min(i.counted_month) as first_month
					from case_fact_item i
					where i.partnership_id = :partnership and i.dimension = 'PLATFORM' and i.code_key in (:codes)
					  and i.counted_month < :from
					group by i.code_key""")
				.param("partnership", partnershipId)
				.param("from", Date.valueOf(from.atDay(1)))
				.param("codes", codes)
				.query((RowCallbackHandler) (rs) -> found.put(rs.getString("code"),
						YearMonth.from(rs.getObject("first_month", LocalDate.class))));
		}
		return found;
	}

	/** Each platform's label in a table, by code. */
	private static Map<String, String> labels(PartnershipTable table) {
		Map<String, String> labels = new HashMap<>();
		if (table != null && !table.isEmpty()) {
			table.categories().forEach((category) -> labels.put(category.code(), category.label()));
		}
		return labels;
	}

	/** Each platform's shown column total by code; null where withheld. */
	private static Map<String, Long> columnTotals(PartnershipTable table) {
		Map<String, Long> totals = new HashMap<>();
		if (table != null && !table.isEmpty()) {
			for (int c = 0; c < table.categories().size(); c++) {
				totals.put(table.categories().get(c).code(), shown(table.table().columnTotals().get(c)));
			}
		}
		return totals;
	}

	private static Long shown(ProtectedCell cell) {
		return cell.suppressed() ? null : cell.value();
	}

	/**
	 * Reads only the previous and this quarter, where everything ranked or listed
	 * happens; history is read only to ask whether a platform first seen this quarter was
	 * recorded before. A platform is one item per case (the facts keep one spelling per
	 * platform key), so sums count cases.
	 */
	Counts count(long partnershipId, Long agencyId, YearMonth to) {
		return count(partnershipId, agencyId, EmergingPlatforms.quarterStart(to), to, 3);
	}

	/**
	 * As {@link #count(long, Long, YearMonth)} for a period of some months from its first
	 * month (read up to {@code to}), compared with the period of the same length before
	 * it.
	 */
	Counts count(long partnershipId, Long agencyId, YearMonth from, YearMonth to, long months) {
		Map<String, Object> params = new HashMap<>();
		params.put("partnership", partnershipId);
		params.put("agency", agencyId);
		params.put("thisFrom", Date.valueOf(from.atDay(1)));
		params.put("previousFrom", Date.valueOf(from.minusMonths(months).atDay(1)));
		params.put("to", Date.valueOf(to.atDay(1)));
		String agency = CaseFigures.agencyCondition(agencyId);
		String itemAgency = CaseFigures.agencyCondition("i", agencyId);
		Map<String, PlatformQuarters> platforms = new LinkedHashMap<>();
		this.jdbc.sql("""
				select lower(i.code) as code, min(i.code) as label, min(i.counted_month) as first_month,
				  sum(case when i.counted_month >= :thisFrom then 1 else 0 end) as this_all,
				  sum(case when i.counted_month >= :thisFrom and i.online_component = true then 1 else 0 end)
				    as this_online,
				  sum(case when i.counted_month < :thisFrom and i.online_component = true then 1 else 0 end)
				    as previous_online
				from case_fact_item i
				where i.partnership_id = :partnership and i.dimension = 'PLATFORM'
				  and i.counted_month >= :previousFrom and i.counted_month <= :to
				""" + itemAgency + " group by lower(i.code) order by lower(i.code)")
			.params(params)
			.query((RowCallbackHandler) (rs) -> platforms.put(rs.getString("code"),
					new PlatformQuarters(rs.getString("label"),
							YearMonth.from(rs.getObject("first_month", LocalDate.class)), rs.getLong("this_all"),
							rs.getLong("this_online"), rs.getLong("previous_online"))));
		List<String> firstSeenThisQuarter = platforms.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().firstRecorded().isBefore(from))
			.map(Map.Entry::getKey)
			.toList();
		if (!firstSeenThisQuarter.isEmpty()) {
			params.put("keys", firstSeenThisQuarter);
			this.jdbc.sql("""
					select i.code_key as code, min(i.counted_month) as first_month
					from case_fact_item i
					where i.partnership_id = :partnership and i.dimension = 'PLATFORM' and i.code_key in (:keys)
					  and i.counted_month < :previousFrom
					""" + itemAgency + " group by i.code_key").params(params).query((RowCallbackHandler) (rs) -> {
				YearMonth first = YearMonth.from(rs.getObject("first_month", LocalDate.class));
				platforms.computeIfPresent(rs.getString("code"), (key, p) -> new PlatformQuarters(p.label(), first,
						p.casesThisQuarter(), p.onlineThisQuarter(), p.onlinePreviousQuarter()));
			});
		}
		Object[] totals = new Object[2];
		this.jdbc.sql("""
				select count(case when f.counted_month >= :thisFrom and f.online_component = true then 1 end),
				       count(case when f.counted_month < :thisFrom and f.online_component = true then 1 end)
				from case_fact f
				where f.partnership_id = :partnership and f.counted_month >= :previousFrom and f.counted_month <= :to
				""" + agency).params(params).query((RowCallbackHandler) (rs) -> {
			totals[0] = rs.getLong(1);
			totals[1] = rs.getLong(2);
		});
		boolean comparable = !this.jdbc.sql("""
				select f.fact_key from case_fact f
				where f.partnership_id = :partnership and f.counted_month < :thisFrom
				""" + agency + " fetch first 1 rows only").params(params).query(String.class).list().isEmpty();
		return new Counts(List.copyOf(platforms.values()), (Long) totals[0], (Long) totals[1], comparable);
	}

	record Counts(List<PlatformQuarters> platforms, long onlineThis, long onlinePrevious, boolean comparable) {
	}

}
