package org.onlinelives.selfaudit.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onlinelives.platform.organisation.LargePartnershipCreated;
import org.onlinelives.selfaudit.audit.AuditStatus;
import org.onlinelives.selfaudit.audit.FrameworkCatalogue;
import org.onlinelives.selfaudit.audit.QaState;
import org.onlinelives.selfaudit.framework.AuditFramework;
import org.onlinelives.selfaudit.framework.FrameworkStatement;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Large-partnership profile: a yearly audit cycle for every agency over the years asked
 * for. Past years are signed off with agreed scores; this year's cycle is spread over
 * every stage from not yet submitted to signed off. Each agency has its own level, which
 * rises a little each year, and each statement varies around it, so the heat map and the
 * comparisons have something to show.
 */
@Component
@Profile("large-partnership")
class LargeAuditHistory {

	private static final Logger log = LoggerFactory.getLogger(LargeAuditHistory.class);

	private final JdbcTemplate jdbc;

	private final FrameworkCatalogue frameworks;

	private final Clock clock;

	LargeAuditHistory(JdbcTemplate jdbc, FrameworkCatalogue frameworks, Clock clock) {
		this.jdbc = jdbc;
		this.frameworks = frameworks;
		this.clock = clock;
	}

	@EventListener
	void on(LargePartnershipCreated event) {
		if (event.auditYears() <= 0) {
			return;
		}
		SplittableRandom random = new SplittableRandom(event.seed() ^ 0xA0D17L);
		AuditFramework framework = this.frameworks.current();
		this.frameworks.markUsed(framework.version());
		long partnershipId = event.partnershipId();
		long admin = this.jdbc.queryForObject("""
				select min(u.id) from app_user u join user_role r on r.user_id = u.id
				where u.partnership_id = ? and r.role = 'PARTNERSHIP_ADMIN'""", Long.class, partnershipId);
		List<long[]> agencies = this.jdbc.query("""
				select a.id, (select min(u.id) from app_user u join user_role r on r.user_id = u.id
				              where u.agency_id = a.id and r.role = 'AGENCY_LEAD')
				from agency a where a.partnership_id = ? order by a.id""",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, partnershipId);
		double[] level = new double[agencies.size()];
		for (int a = 0; a < level.length; a++) {
			level[a] = 1.4 + random.nextDouble() * 1.6;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int statements = 0;
		for (int year = event.auditYears() - 1; year >= 0; year--) {
			LocalDate start = today.minusYears(year).minusMonths(2).withDayOfMonth(1);
			LocalDate end = start.plusYears(1).minusDays(1);
			LocalDate deadline = start.plusMonths(3);
			Instant opened = start.atStartOfDay().toInstant(ZoneOffset.UTC);
			String name = "Self-audit " + start.getYear() + " to " + end.getYear();
			this.jdbc.update("""
					insert into audit_cycle (partnership_id, name, period_start, period_end, deadline,
					    framework_version, opened_by, opened_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, 0)""", partnershipId, name, Date.valueOf(start), Date.valueOf(end),
					Date.valueOf(deadline), framework.version(), admin, Timestamp.from(opened));
			long cycleId = this.jdbc.queryForObject("select id from audit_cycle where partnership_id = ? and name = ?",
					Long.class, partnershipId, name);
			List<Object[]> members = new ArrayList<>();
			List<Object[]> audits = new ArrayList<>();
			for (long[] agency : agencies) {
				members.add(new Object[] { cycleId, agency[0] });
				AuditStatus status = (year > 0) ? AuditStatus.SIGNED_OFF
						: AuditStatus.values()[random.nextInt(AuditStatus.values().length)];
				Instant submitted = opened.plusSeconds(86_400L * (20 + random.nextInt(60)));
				boolean isSubmitted = status.isSubmitted();
				boolean agreed = status.ordinal() >= AuditStatus.AGREED.ordinal();
				boolean signedOff = status == AuditStatus.SIGNED_OFF;
				audits.add(new Object[] { partnershipId, agency[0], cycleId, framework.version(), status.name(),
						agency[1], Timestamp.from(opened.plusSeconds(86_400)), isSubmitted ? agency[1] : null,
						isSubmitted ? Timestamp.from(submitted) : null,
						agreed ? Timestamp.from(submitted.plusSeconds(86_400 * 14)) : null, signedOff ? admin : null,
						signedOff ? Timestamp.from(submitted.plusSeconds(86_400 * 21)) : null });
			}
			this.jdbc.batchUpdate("insert into audit_cycle_agency (audit_cycle_id, agency_id) values (?, ?)", members);
			this.jdbc.batchUpdate("""
					insert into audit (partnership_id, agency_id, audit_cycle_id, framework_version, status,
					    started_by, started_at, submitted_by, submitted_at, agreed_at, signed_off_by, signed_off_at,
					    version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", audits);
			List<Object[]> rows = new ArrayList<>();
			for (int a = 0; a < agencies.size(); a++) {
				long[] agency = agencies.get(a);
				Object[] audit = audits.get(a);
				AuditStatus status = AuditStatus.valueOf((String) audit[4]);
				long auditId = this.jdbc.queryForObject(
						"select id from audit where audit_cycle_id = ? and agency_id = ?", Long.class, cycleId,
						agency[0]);
				double agencyLevel = Math.min(3.6, level[a] + 0.2 * (event.auditYears() - 1 - year));
				boolean agreed = status.ordinal() >= AuditStatus.AGREED.ordinal();
				Timestamp updated = Timestamp.from(opened.plusSeconds(86_400 * 10));
				for (FrameworkStatement statement : framework.statements()) {
					// Not yet submitted: about two in three statements scored so far.
					boolean scored = status.isSubmitted() || random.nextInt(3) != 0;
					Integer score = scored
							? (int) Math.max(0, Math.min(4, Math.round(agencyLevel + random.nextGaussian() * 0.8)))
							: null;
					QaState qa = agreed ? QaState.AGREED : QaState.NOT_REVIEWED;
					rows.add(new Object[] { auditId, statement.number(), score,
							scored ? "Evidence held in the agency's records" : null, scored ? agency[1] : null,
							scored ? updated : null, qa.name(), agreed ? score : null });
				}
			}
			this.jdbc.batchUpdate("""
					insert into audit_statement (audit_id, statement_number, score, evidence, updated_by, updated_at,
					    qa_state, agreed_score, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
			statements += rows.size();
			log.info("Large partnership: audit cycle {} written for {} agencies", name, agencies.size());
		}
		log.info("Large partnership: {} audit cycles, {} audit statements written", event.auditYears(), statements);
	}

}
