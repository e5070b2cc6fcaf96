package org.onlinelives.platform.accesslog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

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

	private static final String CONDITIONS = """
			where l.partnership_id = :partnership
			  and (cast(:from as timestamp with time zone) is null or l.occurred_at >= :from)
			  and (cast(:to as timestamp with time zone) is null or l.occurred_at < :to)
			  and (cast(:event as varchar) is null or l.event = :event)
			  and (cast(:person as varchar) is null or lower(l.username) like :person)
			  and (cast(:agency as bigint) is null or l.agency_id = :agency)
			""";

	private final JdbcClient jdbc;

	AccessLogQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AccessLogEntry> page(long partnershipId, AccessLogFilter filter, int page) {
		long offset = (long) Math.max(0, page - 1) * PAGE_SIZE;
		return bind(this.jdbc.sql("""
				select l.id, l.occurred_at, l.agency_id, a.name as agency_name, l.user_id, l.username, l.event,
				       l.target_type, l.target_id, l.detail, l.remote_address
				from access_log l left join agency a on a.id = l.agency_id
				""" + CONDITIONS + """
				order by l.occurred_at desc, l.id desc
				limit :limit offset :offset"""), partnershipId, filter).param("limit", PAGE_SIZE)
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
		return bind(this.jdbc.sql("select count(*) from (select 1 from access_log l " + CONDITIONS + " limit "
				+ (COUNT_LIMIT + 1) + ") matching"), partnershipId, filter)
			.query(Long.class)
			.single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long partnershipId,
			AccessLogFilter filter) {
		return spec.param("partnership", partnershipId)
			.param("from", (filter.from() != null) ? startOf(filter.from()) : null)
			.param("to", (filter.to() != null) ? startOf(filter.to().plusDays(1)) : null)
			.param("event", (filter.event() != null) ? filter.event().name() : null)
			.param("person",
					(filter.person() != null && !filter.person().isBlank())
							? "%" + filter.person().trim().toLowerCase(Locale.ROOT) + "%" : null)
			.param("agency", filter.agencyId());
	}

	private static OffsetDateTime startOf(java.time.LocalDate day) {
		return day.atStartOfDay(UK).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

}
