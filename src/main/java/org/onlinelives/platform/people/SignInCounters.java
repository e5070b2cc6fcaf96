package org.onlinelives.platform.people;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counters sign-in keeps on a person: failed attempts, lockout, last sign-in and the
 * last authenticator step used. Each change is one atomic statement, so parallel attempts
 * are all counted and never clash with an edit of the person (the aggregate treats these
 * columns as read-only).
 */
@Component
public class SignInCounters {

	private final JdbcClient jdbc;

	SignInCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts a failure and locks the account when it reaches the limit; returns whether
	 * this call locked it.
	 */
	public boolean recordFailure(long userId, int maxAttempts, Instant lockedUntil) {
		this.jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where id = :id")
			.param("id", userId)
			.update();
		return this.jdbc.sql("""
				update app_user set locked_until = :until, failed_attempts = 0
				where id = :id and failed_attempts >= :max""")
			.param("until", OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC))
			.param("id", userId)
			.param("max", maxAttempts)
			.update() == 1;
	}

	public void recordSuccess(long userId, Instant now) {
		this.jdbc.sql("""
				update app_user set failed_attempts = 0, locked_until = null, last_signed_in_at = :now,
				                    dormancy_warned_at = null
				where id = :id""")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("id", userId)
			.update();
	}

	/**
	 * Clears a lockout, and any dormancy warning, when an administrator reactivates
	 * someone.
	 */
	public void clearLock(long userId) {
		this.jdbc.sql(
				"update app_user set failed_attempts = 0, locked_until = null, dormancy_warned_at = null where id = :id")
			.param("id", userId)
			.update();
	}

	/**
	 * Takes an authenticator time step only if it is later than any used before; false
	 * means a replay.
	 */
	public boolean acceptAuthenticatorStep(long userId, long step) {
		return this.jdbc.sql("""
				update app_user set totp_last_step = :step
				where id = :id and (totp_last_step is null or totp_last_step < :step)""")
			.param("step", step)
			.param("id", userId)
			.update() == 1;
	}

}
