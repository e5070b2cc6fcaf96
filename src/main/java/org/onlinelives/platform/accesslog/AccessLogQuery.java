package org.onlinelives.platform.accesslog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the access log of one partnership, newest first, a page at a time.
 */
@Service
public class AccessLogQuery {

	public static final int PAGE_SIZE = 50;

	/**
	 * The most entries a page counts: beyond it the page says "more than" and asks for a
	 * filter. Counting every matching row read the whole partnership's log (about 70
	 * million rows a year for 2,000 staff) on every page.
	 */
	public static final int COUNT_LIMIT = 10_000;

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	AccessLogQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AccessLogEntry> page(long partnershipId, AccessLogFilter filter, int page) {
		long offset = (long) Math.max(0, page - 1) * PAGE_SIZE;
		Conditions conditions = conditions(partnershipId, filter);
		return conditions.bind(this.jdbc.sql("""
				select l.id, l.occurred_at, l.agency_id, a.name as agency_name, l.user_id, l.username, l.event,
				       l.target_type, l.target_id, l.detail, l.remote_address
				from (""" + conditions.newest(offset + PAGE_SIZE) + """
				) l left join agency a on a.id = l.agency_id
				order by l.occurred_at desc, l.id desc
				limit :limit offset :offset"""))
			.param("limit", PAGE_SIZE)
			.param("offset", offset)
			.query((rs, n) -> new AccessLogEntry(rs.getLong("id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), (Long) rs.getObject("agency_id"),
					rs.getString("agency_name"), (Long) rs.getObject("user_id"), rs.getString("username"),
					AccessEvent.valueOf(rs.getString("event")), rs.getString("target_type"), rs.getString("target_id"),
					rs.getString("detail"), rs.getString("remote_address")))
			.list();
	}

	/**
	 * How many entries match, counted up to {@link #COUNT_LIMIT} + 1: a result over the
	 * limit means "more than {@link #COUNT_LIMIT}".
	 */
	public long countUpToLimit(long partnershipId, AccessLogFilter filter) {
		Conditions conditions = conditions(partnershipId, filter);
		return conditions
			.bind(this.jdbc.sql("select count(*) from (" + conditions.newest(COUNT_LIMIT + 1) + ") matching"))
			.query(Long.class)
			.single();
	}

	/**
	 * Only the filters given become conditions, so that each query is planned with the
	 * index that fits it (a condition written as "parameter is null or …" is planned for
	 * every filter at once and reads far more of a 70-million-row log than it needs).
	 */
	private Conditions conditions(long partnershipId, AccessLogFilter filter) {
		Conditions conditions = new Conditions();
		conditions.add("l.partnership_id = :partnership", "partnership", partnershipId);
		if (filter.from() != null) {
			conditions.add("l.occurred_at >= :from", "from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("l.occurred_at < :to", "to", startOf(filter.to().plusDays(1)));
		}
		if (filter.event() != null) {
			conditions.add("l.event = :event", "event", filter.event().name());
		}
		if (filter.agencyId() != null) {
			conditions.add("l.agency_id = :agency", "agency", filter.agencyId());
		}
		if (filter.person() != null && !filter.person().isBlank()) {
			String pattern = "%" + filter.person().trim().toLowerCase(Locale.ROOT) + "%";
			// Read through the account index, newest first, for the accounts whose
			// email matches; entries with no account (an address typed at sign-in
			// that is nobody's) by what was typed. One condition joining the two
			// with "or" would read all of a person's entries before sorting them.
			List<Long> accounts = this.jdbc
				.sql("select id from app_user where partnership_id = :partnership and lower(email) like :person")
				.param("partnership", partnershipId)
				.param("person", pattern)
				.query(Long.class)
				.list();
			conditions.param("person", pattern);
			if (!accounts.isEmpty()) {
				conditions.param("accounts", accounts);
				conditions.alternative("l.user_id in (:accounts)");
			}
			conditions.alternative("l.user_id is null and lower(l.username) like :person");
		}
		return conditions;
	}

	private static final class Conditions {

		private final List<String> clauses = new ArrayList<>();

		/**
		 * Conditions of which an entry meets one: each is read on its own, then merged.
		 */
		private final List<String> alternatives = new ArrayList<>();

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		void add(String clause, String name, Object value) {
			this.clauses.add("(" + clause + ")");
			param(name, value);
		}

		void param(String name, Object value) {
			this.parameters.put(name, value);
		}

		void alternative(String clause) {
			this.alternatives.add(clause);
		}

		/** The newest matching entries, at most {@code howMany}. */
		String newest(long howMany) {
			if (this.alternatives.isEmpty()) {
				return newest(String.join(" and ", this.clauses), howMany);
			}
			return this.alternatives.stream()
				.map((alternative) -> newest(String.join(" and ", this.clauses) + " and (" + alternative + ")",
						howMany))
				.collect(Collectors.joining(" union all "));
		}

		private static String newest(String where, long howMany) {
			return "(select l.* from access_log l where " + where + " order by l.occurred_at desc, l.id desc limit "
					+ howMany + ")";
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return spec.params(this.parameters);
		}

	}

	private static OffsetDateTime startOf(java.time.LocalDate day) {
		return day.atStartOfDay(UK).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

}
