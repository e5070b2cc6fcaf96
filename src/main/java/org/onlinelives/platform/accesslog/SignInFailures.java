package org.onlinelives.platform.accesslog;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins over a period, counted by network address and by account, for a
 * partnership's administrators. Failures for addresses that match no account, and
 * attempts refused while throttled, belong to no partnership: every administrator of the
 * installation sees them, as they are the installation's attack surface.
 */
@Service
public class SignInFailures {

	public static final int PAGE_SIZE = 25;

	/** The periods an administrator may choose, newest first. */
	public enum Period {

		DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), QUARTER(Duration.ofDays(90)),
		YEAR(Duration.ofDays(365));

		private final Duration length;

		Period(Duration length) {
			this.length = length;
		}

		public Duration length() {
			return this.length;
		}

		public String messageKey() {
			return "signInFailures.period." + name();
		}

	}

	/**
	 * One address: failed sign-ins and attempts refused while throttled, and how many
	 * accounts were tried.
	 */
	public record ByAddress(String address, long failures, long refusedWhileThrottled, long accounts) {
	}

	/** One account (or typed address that matches none) and its failed sign-ins. */
	public record ByAccount(String email, boolean known, long failures, long addresses) {
	}

	private static final String FAILURES = """
			select remote_address, lower(username) as account, user_id from access_log
			where event in ('SIGN_IN_FAILED', 'SECOND_FACTOR_FAILED') and occurred_at >= :from
			  and (partnership_id = :partnership or (partnership_id is null and user_id is null))
			""";

	private static final String BY_ADDRESS = """
			select address, cast(sum(failures) as bigint) as failures, cast(sum(refused) as bigint) as refused,
			       cast(sum(accounts) as bigint) as accounts
			from (
			  select remote_address as address, cast(count(*) as bigint) as failures, cast(0 as bigint) as refused,
			         cast(count(distinct account) as bigint) as accounts
			  from (""" + FAILURES + """
			  ) f group by remote_address
			  union all
			  select subject as address, cast(0 as bigint) as failures, cast(sum(attempts) as bigint) as refused,
			         cast(0 as bigint) as accounts
			  from attempt_window where kind = 'THROTTLED' and window_start >= :windowsFrom group by subject
			) t where address is not null group by address
			""";

	private final JdbcClient jdbc;

	SignInFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ByAddress> byAddress(long partnershipId, Instant from, int page) {
		return params(this.jdbc.sql("select * from (" + BY_ADDRESS + """
				) a order by failures + refused desc, address limit :limit offset :offset"""), partnershipId, from)
			.param("limit", PAGE_SIZE)
			.param("offset", offset(page))
			.query((rs, n) -> new ByAddress(rs.getString("address"), rs.getLong("failures"), rs.getLong("refused"),
					rs.getLong("accounts")))
			.list();
	}

	public long countAddresses(long partnershipId, Instant from) {
		return params(this.jdbc.sql("select count(*) from (" + BY_ADDRESS + ") a"), partnershipId, from)
			.query(Long.class)
			.single();
	}

	public List<ByAccount> byAccount(long partnershipId, Instant from, int page) {
		return params(this.jdbc.sql("""
				select account, max(case when user_id is null then 0 else 1 end) as known,
				       cast(count(*) as bigint) as failures, cast(count(distinct remote_address) as bigint) as addresses
				from (""" + FAILURES + """
				) f where account is not null group by account
				order by failures desc, account limit :limit offset :offset"""), partnershipId, from)
			.param("limit", PAGE_SIZE)
			.param("offset", offset(page))
			.query((rs, n) -> new ByAccount(rs.getString("account"), rs.getInt("known") == 1, rs.getLong("failures"),
					rs.getLong("addresses")))
			.list();
	}

	public long countAccounts(long partnershipId, Instant from) {
		return params(
				this.jdbc.sql("select count(distinct account) from (" + FAILURES + ") f where account is not null"),
				partnershipId, from)
			.query(Long.class)
			.single();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long partnershipId, Instant from) {
		OffsetDateTime since = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
		return spec.param("partnership", partnershipId).param("from", since).param("windowsFrom", since);
	}

	private static long offset(int page) {
		return (long) Math.max(0, page - 1) * PAGE_SIZE;
	}

}
