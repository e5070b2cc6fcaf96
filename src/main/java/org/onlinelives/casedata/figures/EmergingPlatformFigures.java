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
	 * The partnership, in the quarter of the month {@code to}: every count through
	 * disclosure control before anything is ranked or shown; platforms with a withheld
	 * count are not ranked.
	 */
	@Transactional(readOnly = true)
	public EmergingPlatforms partnership(SignedInUser user, YearMonth to, DisclosurePolicy policy) {
		if (!CaseFigures.mayReadPartnership(user)) {
			throw new AccessDeniedException("Only administrators and analysts read partnership figures");
		}
		Counts counts = count(user.partnershipId(), null, to);
		List<PlatformQuarters> platforms = counts.platforms();
		YearMonth from = EmergingPlatforms.quarterStart(to);
		// new platforms: their cases this quarter, one column
		List<PlatformQuarters> fresh = platforms.stream().filter((p) -> !p.firstRecorded().isBefore(from)).toList();
		Map<String, Long> freshShown = new HashMap<>();
		if (!fresh.isEmpty()) {
			ProtectedTable table = DisclosureControl
				.protectOneWay(fresh.stream().mapToLong(PlatformQuarters::casesThisQuarter).toArray(), policy);
			for (int i = 0; i < fresh.size(); i++) {
				freshShown.put(fresh.get(i).label(), shown(table.cell(i, 0)));
			}
		}
		// rises: platforms by the previous and this quarter, and the two quarters' totals
		List<PlatformQuarters> online = platforms.stream()
			.filter((p) -> p.onlineThisQuarter() > 0 || p.onlinePreviousQuarter() > 0)
			.toList();
		Map<String, Long[]> onlineShown = new HashMap<>();
		if (!online.isEmpty()) {
			long[][] matrix = new long[online.size()][];
			for (int i = 0; i < online.size(); i++) {
				matrix[i] = new long[] { online.get(i).onlinePreviousQuarter(), online.get(i).onlineThisQuarter() };
			}
			ProtectedTable table = DisclosureControl.protect(matrix, policy);
			for (int i = 0; i < online.size(); i++) {
				onlineShown.put(online.get(i).label(), new Long[] { shown(table.cell(i, 0)), shown(table.cell(i, 1)) });
			}
		}
		ProtectedTable totals = DisclosureControl
			.protectOneWay(new long[] { counts.onlinePrevious(), counts.onlineThis() }, policy);
		List<PlatformQuarters> protectedPlatforms = new ArrayList<>();
		for (PlatformQuarters p : platforms) {
			Long[] pair = onlineShown.getOrDefault(p.label(), new Long[] { 0L, 0L });
			protectedPlatforms.add(new PlatformQuarters(p.label(), p.firstRecorded(),
					freshShown.getOrDefault(p.label(), 0L), pair[1], pair[0]));
		}
		return EmergingPlatforms.of(to, counts.comparable(), protectedPlatforms, shown(totals.cell(1, 0)),
				shown(totals.cell(0, 0)));
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
		YearMonth from = EmergingPlatforms.quarterStart(to);
		Map<String, Object> params = new HashMap<>();
		params.put("partnership", partnershipId);
		params.put("agency", agencyId);
		params.put("thisFrom", Date.valueOf(from.atDay(1)));
		params.put("previousFrom", Date.valueOf(from.minusMonths(3).atDay(1)));
		params.put("to", Date.valueOf(to.atDay(1)));
		String agency = CaseFigures.agencyCondition(agencyId);
		Map<String, PlatformQuarters> platforms = new LinkedHashMap<>();
		this.jdbc.sql("""
				select lower(i.code) as code, min(i.code) as label, min(f.counted_month) as first_month,
				  sum(case when f.counted_month >= :thisFrom then 1 else 0 end) as this_all,
				  sum(case when f.counted_month >= :thisFrom and f.online_component = true then 1 else 0 end)
				    as this_online,
				  sum(case when f.counted_month < :thisFrom and f.online_component = true then 1 else 0 end)
				    as previous_online
				from case_fact f join case_fact_item i on i.fact_key = f.fact_key and i.dimension = 'PLATFORM'
				where f.partnership_id = :partnership and f.counted_month >= :previousFrom and f.counted_month <= :to
				""" + agency + " group by lower(i.code) order by lower(i.code)")
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
					select lower(i.code) as code, min(f.counted_month) as first_month
					from case_fact f join case_fact_item i on i.fact_key = f.fact_key and i.dimension = 'PLATFORM'
					where f.partnership_id = :partnership and f.counted_month < :previousFrom
					  and lower(i.code) in (:keys)
					""" + agency + " group by lower(i.code)").params(params).query((RowCallbackHandler) (rs) -> {
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
