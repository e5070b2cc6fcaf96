package org.onlinelives.casedata.figures;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.assessment.CaseSnapshot;
import org.onlinelives.casedata.facts.Dimension;
import org.onlinelives.platform.disclosure.DisclosurePolicy;
import org.onlinelives.platform.disclosure.ProtectedTable;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to the case facts. An agency lead gets the own agency's counts,
 * unsuppressed; administrators and analysts get the partnership's counts only after
 * disclosure control, so no small count leaves this class.
 */
@Service
public class CaseFigures {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final CaseDataQuery titles;

	private final MessageSource messages;

	CaseFigures(JdbcClient jdbc, AgencyDirectory agencies, CaseDataQuery titles, MessageSource messages) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.titles = titles;
		this.messages = messages;
	}

	public static boolean mayReadOwnAgency(SignedInUser user) {
		return user.agencyId() != null && user.hasRole(Role.AGENCY_LEAD);
	}

	public static boolean mayReadPartnership(SignedInUser user) {
		return user.hasRole(Role.PARTNERSHIP_ADMIN) || user.hasRole(Role.ANALYST);
	}

	/**
	 * The lead's own agency's counts by every breakdown, unsuppressed: two queries for
	 * the whole dashboard (one over the facts' own columns, one over their items), not
	 * one per breakdown.
	 */
	@Transactional(readOnly = true)
	public Map<Breakdown, Figures> ownAgency(SignedInUser user, FigureFilter filter) {
		if (!mayReadOwnAgency(user)) {
			throw new AccessDeniedException("Only an agency lead reads the agency's own figures");
		}
		Map<String, Object> params = filterParams(user.partnershipId(), user.agencyId(), filter);
		Map<Breakdown, Tally> tallies = new EnumMap<>(Breakdown.class);
		for (Breakdown breakdown : Breakdown.values()) {
			tallies.put(breakdown, new Tally());
		}
		tallyFactColumns(user.agencyId(), params, tallies);
		tallyItems(user.agencyId(), params, tallies);
		Map<Breakdown, Figures> figures = new EnumMap<>(Breakdown.class);
		tallies.forEach((breakdown, tally) -> figures.put(breakdown, figures(breakdown, filter, tally)));
		return figures;
	}

	/**
	 * Every single-valued breakdown (month, year, age band, ...) from one grouped read of
	 * the facts.
	 */
	private void tallyFactColumns(long agencyId, Map<String, Object> params, Map<Breakdown, Tally> tallies) {
		List<Breakdown> columns = Arrays.stream(Breakdown.values()).filter((b) -> !b.multiValued()).toList();
		this.jdbc
			.sql("select "
					+ IntStream.range(0, columns.size())
						.mapToObj((i) -> columns.get(i).groupBy() + " as c" + i)
						.collect(Collectors.joining(", "))
					+ ", count(*) as n from case_fact f\nwhere f.partnership_id = :partnership\n"
					+ agencyCondition(agencyId) + FILTER + " group by "
					+ columns.stream().map(Breakdown::groupBy).collect(Collectors.joining(", ")))
			.params(params)
			.query((rs) -> {
				for (int i = 0; i < columns.size(); i++) {
					Breakdown breakdown = columns.get(i);
					String code = code(breakdown, rs.getObject("c" + i));
					tallies.get(breakdown).add(agencyId, code, code, rs.getLong("n"));
				}
			});
	}

	/**
	 * Every multi-valued breakdown (C, scenario, factor, platform) from one grouped read
	 * of the items.
	 */
	private void tallyItems(long agencyId, Map<String, Object> params, Map<Breakdown, Tally> tallies) {
		List<Breakdown> items = Arrays.stream(Breakdown.values()).filter(Breakdown::multiValued).toList();
		String itemCode = "case i.dimension " + items.stream()
			.map((b) -> "when '" + b.dimension().name() + "' then " + b.groupBy())
			.collect(Collectors.joining(" ")) + " end";
		this.jdbc
			.sql("select i.dimension, " + itemCode + " as code, min(i.code) as label, "
					+ "count(distinct i.fact_key) as n from case_fact_item i\n"
					+ "where i.partnership_id = :partnership and i.dimension in ("
					+ items.stream().map((b) -> "'" + b.dimension().name() + "'").collect(Collectors.joining(", "))
					+ ")\n" + agencyCondition("i", agencyId) + filter("i") + " group by i.dimension, " + itemCode)
			.params(params)
			.query((rs) -> {
				Dimension dimension = Dimension.valueOf(rs.getString("dimension"));
				Breakdown breakdown = items.stream()
					.filter((b) -> b.dimension() == dimension)
					.findFirst()
					.orElseThrow();
				tallies.get(breakdown)
					.add(agencyId, code(breakdown, rs.getObject("code")), rs.getString("label"), rs.getLong("n"));
			});
	}

	/**
	 * The partnership's counts by agency for one return period, after disclosure control.
	 * Three rules keep the partnership's tables from giving away, together, what each
	 * withholds:
	 * <ul>
	 * <li>agencies with fewer cases in the period than the stricter threshold are counted
	 * together in one row (left out if even together they are too few), so every agency's
	 * total is shown and is the same in every breakdown;</li>
	 * <li>figures already released (each agency's returns, and the agency totals) are
	 * never withheld to protect another;</li>
	 * <li>the table under the stricter policy (exports) is made first and everything it
	 * shows is treated as released when the table under {@code policy} is made, so the
	 * page withholds a subset of what the export withholds.</li>
	 * </ul>
	 * Periods come from the return timetable and do not overlap, so no two periods'
	 * figures can be subtracted.
	 * @param policy the policy of what is returned
	 * @param stricter the export policy, at least as strict as {@code policy}
	 */
	@Transactional(readOnly = true)
	public PartnershipTable partnership(SignedInUser user, Breakdown breakdown, FigureFilter period,
			DisclosurePolicy policy, DisclosurePolicy stricter, ReleasedFigures released) {
		if (!mayReadPartnership(user)) {
			throw new AccessDeniedException("Only administrators and analysts read partnership figures");
		}
		return partnership(user.partnershipId(), breakdown, period, policy, stricter, released);
	}

	/**
	 * The same figures for a document the service makes itself, such as the board report:
	 * the same tables as the partnership's pages and exports, so a reader who has both
	 * learns nothing more.
	 */
	@Transactional(readOnly = true)
	public PartnershipTable partnership(long partnershipId, Breakdown breakdown, FigureFilter period,
			DisclosurePolicy policy, DisclosurePolicy stricter, ReleasedFigures released) {
		List<Agency> agencies = this.agencies.agenciesOf(partnershipId);
		Figures figures = count(partnershipId, null, breakdown, period);
		Map<Long, Long> totals = agencyTotals(partnershipId, period);
		PartnershipRows rows = PartnershipRows.of(agencies, figures, totals, stricter.threshold());
		if (rows.isEmpty() || figures.categories().isEmpty()) {
			return new PartnershipTable(breakdown, List.of(), figures.categories(), null, 0, rows.leftOut(),
					rows.cases(totals));
		}
		long[][] counts = rows.counts();
		boolean[][] known = rows.released(breakdown, figures.categories(), released);
		ProtectedTable table = PartnershipRows.protect(counts, known, policy, stricter);
		List<String> names = new ArrayList<>(rows.names());
		if (rows.grouped() > 0) {
			names.add(message("casedata.partnership.otherAgencies", stricter.threshold()));
		}
		return new PartnershipTable(breakdown, names, figures.categories(), table, rows.grouped(), rows.leftOut(),
				rows.cases(totals));
	}

	/** Cases counted per agency in the period (a case once, whatever the breakdown). */
	private Map<Long, Long> agencyTotals(long partnershipId, FigureFilter filter) {
		Map<Long, Long> totals = new HashMap<>();
		this.jdbc
			.sql("select f.agency_id, count(*) as n from case_fact f where f.partnership_id = :partnership\n" + FILTER
					+ " group by f.agency_id")
			.params(filterParams(partnershipId, null, filter))
			.query((RowCallbackHandler) (rs) -> totals.put(rs.getLong("agency_id"), rs.getLong("n")));
		return totals;
	}

	/**
	 * How quickly the lead's agency answered urgent prompts raised by cases in the
	 * filter.
	 */
	@Transactional(readOnly = true)
	public PromptTimes urgentPromptTimes(SignedInUser user, FigureFilter filter) {
		if (!mayReadOwnAgency(user)) {
			throw new AccessDeniedException("Only an agency lead reads the agency's own figures");
		}
		List<Long> hours = new ArrayList<>();
		long[] raised = { 0 };
		this.jdbc.sql("""
				select p.raised_at, p.answered_at
				from case_fact_prompt p
				where p.partnership_id = :partnership and p.agency_id = :agency and p.urgent = true
				""" + filter("p")).params(filterParams(user.partnershipId(), user.agencyId(), filter)).query((rs) -> {
			raised[0]++;
			OffsetDateTime answered = rs.getObject("answered_at", OffsetDateTime.class);
			if (answered != null) {
				hours.add(Math.max(0,
						Duration.between(rs.getObject("raised_at", OffsetDateTime.class), answered).toHours()));
			}
		});
		hours.sort(Comparator.naturalOrder());
		return new PromptTimes(raised[0], hours.size(), percentile(hours, 50), percentile(hours, 90));
	}

	private static Long percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return null;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

	private static final String FILTER = filter("f");

	/**
	 * The filter's conditions on a table with the fact's filter columns: the facts, or
	 * their items or prompts, which carry them.
	 */
	private static String filter(String alias) {
		return """
				  and %1$s.counted_month >= :from and %1$s.counted_month <= :to
				  and (cast(:ageBand as varchar(10)) is null or %1$s.age_band = :ageBand)
				  and (cast(:gender as varchar(30)) is null or %1$s.gender = :gender)
				  and (:onlineOnly = false or %1$s.online_component = true)
				""".formatted(alias);
	}

	private Map<String, Object> filterParams(long partnershipId, Long agencyId, FigureFilter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("partnership", partnershipId);
		params.put("agency", agencyId);
		params.put("from", Date.valueOf(filter.from().atDay(1)));
		params.put("to", Date.valueOf(filter.to().atDay(1)));
		params.put("ageBand", filter.ageBand());
		params.put("gender", filter.gender());
		params.put("onlineOnly", filter.onlineOnly());
		return params;
	}

	/**
	 * One breakdown's counts by agency: the partnership's if {@code agencyId} is null.
	 */
	Figures count(long partnershipId, Long agencyId, Breakdown breakdown, FigureFilter filter) {
		// items carry their fact's scope and filter columns: a multi-valued breakdown
		// reads
		// the items alone
		String alias = breakdown.multiValued() ? "i" : "f";
		String from = breakdown.multiValued()
				? "case_fact_item i where i.dimension = '" + breakdown.dimension().name() + "' and"
				: "case_fact f where";
		String label = (breakdown == Breakdown.PLATFORM) ? "min(i.code)" : "min(" + breakdown.groupBy() + ")";
		Tally tally = new Tally();
		this.jdbc
			.sql("select " + alias + ".agency_id, " + breakdown.groupBy() + " as code, " + label
					+ " as label, count(distinct " + alias + ".fact_key) as n from " + from + " " + alias
					+ ".partnership_id = :partnership\n" + agencyCondition(alias, agencyId) + filter(alias)
					+ " group by " + alias + ".agency_id, " + breakdown.groupBy())
			.params(filterParams(partnershipId, agencyId, filter))
			.query((RowCallbackHandler) (rs) -> tally.add(rs.getLong("agency_id"),
					code(breakdown, rs.getObject("code")), String.valueOf(rs.getObject("label")), rs.getLong("n")));
		return figures(breakdown, filter, tally);
	}

	private Figures figures(Breakdown breakdown, FigureFilter filter, Tally tally) {
		List<Category> categories = categories(breakdown, filter, tally.labels, tally.byAgency);
		Map<Long, long[]> counts = new HashMap<>();
		tally.byAgency.forEach((agency, found) -> {
			long[] row = new long[categories.size()];
			for (int i = 0; i < categories.size(); i++) {
				row[i] = found.getOrDefault(categories.get(i).code(), 0L);
			}
			counts.put(agency, row);
		});
		return new Figures(breakdown, categories, counts);
	}

	/**
	 * Counts found for one breakdown, by agency and category code, with the first label
	 * stored for each code.
	 */
	private static final class Tally {

		private final Map<String, String> labels = new LinkedHashMap<>();

		private final Map<Long, Map<String, Long>> byAgency = new HashMap<>();

		void add(long agencyId, String code, String label, long n) {
			this.labels.putIfAbsent(code, label);
			this.byAgency.computeIfAbsent(agencyId, (id) -> new HashMap<>()).merge(code, n, Long::sum);
		}

	}

	/**
	 * The agency condition only when there is an agency: "(:agency is null or …)" keeps
	 * the database from using the scope index, and reads the whole partnership for one
	 * agency's dashboard.
	 */
	static String agencyCondition(Long agencyId) {
		return agencyCondition("f", agencyId);
	}

	static String agencyCondition(String alias, Long agencyId) {
		return (agencyId != null) ? "  and " + alias + ".agency_id = :agency\n" : "";
	}

	private static String code(Breakdown breakdown, Object value) {
		if (breakdown == Breakdown.MONTH) {
			LocalDate date = (value instanceof java.sql.Date sql) ? sql.toLocalDate() : (LocalDate) value;
			return YearMonth.from(date).toString();
		}
		if (breakdown == Breakdown.YEAR) {
			return String.valueOf(((Number) value).intValue());
		}
		return String.valueOf(value);
	}

	private List<Category> categories(Breakdown breakdown, FigureFilter filter, Map<String, String> labels,
			Map<Long, Map<String, Long>> byAgency) {
		List<Category> categories = new ArrayList<>();
		switch (breakdown) {
			case MONTH -> {
				for (YearMonth month = filter.from(); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
					categories.add(new Category(month.toString(), month.format(MONTH)));
				}
			}
			case YEAR -> {
				for (int year = filter.from().getYear(); year <= filter.to().getYear(); year++) {
					categories.add(new Category(String.valueOf(year), String.valueOf(year)));
				}
			}
			case AGE_BAND -> CaseSnapshot.AGE_BANDS
				.forEach((band) -> categories.add(new Category(band, message("casedata.ageBand", band))));
			default -> {
				Map<String, Long> totals = new HashMap<>();
				byAgency.values().forEach((found) -> found.forEach((code, n) -> totals.merge(code, n, Long::sum)));
				labels.keySet()
					.stream()
					.sorted(Comparator.comparing((String code) -> -totals.getOrDefault(code, 0L))
						.thenComparing(Comparator.naturalOrder()))
					.forEach((code) -> categories.add(new Category(code, label(breakdown, code, labels.get(code)))));
			}
		}
		return categories;
	}

	private String label(Breakdown breakdown, String code, String stored) {
		return switch (breakdown) {
			case C -> message("casedata.c." + code);
			case GENDER -> message("youngPerson.gender." + code);
			case REFERRAL_SOURCE -> message("youngPerson.referralSource." + code);
			case OUTCOME -> "NONE".equals(code) ? message("casedata.outcome.none") : message("outcome.value." + code);
			case SCENARIO, FACTOR -> this.titles.title(code);
			case PLATFORM -> stored;
			default -> code;
		};
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.UK);
	}

}
