package org.onlinelives.platform.people;

import org.onlinelives.platform.people.internal.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.scheduling.JobLocks;
import org.onlinelives.platform.scheduling.JobLocks.Cadence;
import org.onlinelives.platform.security.Sessions;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts nobody has signed in to for a long time are a risk: a leaver's password still
 * works. After {@code onlinelives.dormancy.after} without a sign-in an account is warned
 * (logged, and listed for administrators); if nobody signs in during the warning period
 * it is deactivated. A sign-in clears the warning. The partnership's last active
 * administrator is never deactivated, so someone can always reactivate the others.
 */
@Service
public class DormantAccounts {

	/** An active account past the dormancy threshold, for the administrators' list. */
	public record DormantAccount(long id, String displayName, String email, Long agencyId, Instant lastActive,
			boolean neverSignedIn, Instant warnedAt, Instant deactivationDue) {
	}

	/** What one run of the daily check did. */
	public record Outcome(int warned, int deactivated) {
	}

	private final JdbcClient jdbc;

	private final Users users;

	private final AccessLog accessLog;

	private final Sessions sessions;

	private final DormancyMail mail;

	private final Clock clock;

	private final Duration after;

	private final Duration warningPeriod;

	private final JobLocks jobs;

	DormantAccounts(JdbcClient jdbc, Users users, AccessLog accessLog, Sessions sessions, DormancyMail mail,
			Clock clock, @Value("${onlinelives.dormancy.after:90d}") Duration after,
			@Value("${onlinelives.dormancy.warning-period:14d}") Duration warningPeriod, JobLocks jobs) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.users = users;
		this.accessLog = accessLog;
		this.sessions = sessions;
		this.mail = mail;
		this.clock = clock;
		this.after = after;
		this.warningPeriod = warningPeriod;
	}

	public Duration after() {
		return this.after;
	}

	public Duration warningPeriod() {
		return this.warningPeriod;
	}

	/** The partnership's dormant accounts, longest unused first; administrators only. */
	public List<DormantAccount> list(SignedInUser admin) {
		if (!admin.isAdministrator()) {
			throw new AccessDeniedException("Administrators only");
		}
		return dormant(this.clock.instant(), admin.partnershipId());
	}

	@Scheduled(cron = "${onlinelives.dormancy.check-cron:0 15 2 * * *}")
	void daily() {
		this.jobs.runOnOneNode("dormant-accounts", Cadence.DAILY, () -> check(this.clock.instant()));
	}

	/**
	 * The daily check: warns accounts that have become dormant and deactivates those
	 * warned at least the warning period ago and still unused. Safe to run on several
	 * nodes at once: each change is conditional on the state it found.
	 */
	@Transactional
	public Outcome check(Instant now) {
		int warned = 0;
		int deactivated = 0;
		for (DormantAccount account : dormant(now, null)) {
			if (account.warnedAt() == null) {
				if (this.jdbc.sql("""
						update app_user set dormancy_warned_at = :now
						where id = :id and active = true and dormancy_warned_at is null""")
					.param("now", utc(now))
					.param("id", account.id())
					.update() == 1) {
					User user = this.users.findById(account.id()).orElseThrow();
					Instant due = now.plus(this.warningPeriod);
					boolean emailed = this.mail.send(user, due);
					this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
							AccessEvent.DORMANCY_WARNED,
							"no sign-in since " + day(account.lastActive()) + "; deactivated on " + day(due)
									+ " unless used" + (emailed ? "; emailed" : "; not emailed"));
					warned++;
				}
			}
			else if (!account.warnedAt().plus(this.warningPeriod).isAfter(now) && deactivate(account, now)) {
				deactivated++;
			}
		}
		return new Outcome(warned, deactivated);
	}

	private boolean deactivate(DormantAccount account, Instant now) {
		User user = this.users.findById(account.id()).orElseThrow();
		if (!user.isActive()) {
			return false;
		}
		if (user.hasRole(Role.PARTNERSHIP_ADMIN) && activeAdministrators(user.getPartnershipId()) <= 1) {
			return false;
		}
		user.deactivate();
		this.users.save(user);
		this.sessions.endAllFor(user.getId(), null);
		this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
				AccessEvent.DORMANT_DEACTIVATED, "no sign-in since " + day(account.lastActive()) + ", warned on "
						+ day(account.warnedAt()) + "; an administrator can reactivate the account");
		return true;
	}

	private long activeAdministrators(long partnershipId) {
		return this.jdbc.sql("""
				select count(*) from app_user u join user_role r on r.user_id = u.id
				where u.partnership_id = :partnership and u.active = true and r.role = 'PARTNERSHIP_ADMIN'""")
			.param("partnership", partnershipId)
			.query(Long.class)
			.single();
	}

	private List<DormantAccount> dormant(Instant now, Long partnershipId) {
		return this.jdbc.sql("""
				select id, display_name, email, agency_id, created_at, last_signed_in_at, dormancy_warned_at
				from app_user
				where active = true and coalesce(last_signed_in_at, created_at) < :threshold
				  and (cast(:partnership as bigint) is null or partnership_id = :partnership)
				order by coalesce(last_signed_in_at, created_at), id""")
			.param("threshold", utc(now.minus(this.after)))
			.param("partnership", partnershipId)
			.query((rs, n) -> {
				OffsetDateTime last = rs.getObject("last_signed_in_at", OffsetDateTime.class);
				OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
				OffsetDateTime warned = rs.getObject("dormancy_warned_at", OffsetDateTime.class);
				Instant warnedAt = (warned != null) ? warned.toInstant() : null;
				return new DormantAccount(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
						(Long) rs.getObject("agency_id"), ((last != null) ? last : created).toInstant(), last == null,
						warnedAt, (warnedAt != null) ? warnedAt.plus(this.warningPeriod) : null);
			})
			.list();
	}

	private static String day(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
