package org.onlinelives.selfaudit.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.onlinelives.retention.DueRecord;
import org.onlinelives.retention.HeldRecord;
import org.onlinelives.retention.RecordType;
import org.onlinelives.retention.RetainedRecords;
import org.onlinelives.retention.RetentionPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Audits under the retention schedule: kept for a number of years after the last activity
 * on them (started, submitted, agreed, signed off, a score or its history changed). An
 * audit whose action plan still has open actions is kept: those actions are being carried
 * into later cycles.
 */
@Component
class AuditRetention implements RetainedRecords {

	private final JdbcClient jdbc;

	AuditRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RecordType type() {
		return RecordType.AUDIT;
	}

	@Override
	public List<DueRecord> dueBy(long partnershipId, RetentionPeriod period, LocalDate by) {
		return this.jdbc
			.sql("""
					select a.id, a.agency_id, ag.name as agency_name, c.name as cycle_name, a.started_at, a.submitted_at,
					       a.agreed_at, a.signed_off_at,
					       (select max(s.updated_at) from audit_statement s where s.audit_id = a.id) as statement_at,
					       (select max(h.changed_at) from audit_score_change h where h.audit_id = a.id) as history_at,
					       (select count(*) from audit_action x where x.audit_id = a.id and x.status <> 'DONE') as open_actions
					from audit a join agency ag on ag.id = a.agency_id join audit_cycle c on c.id = a.audit_cycle_id
					where a.partnership_id = :partnership
					order by a.id""")
			.param("partnership", partnershipId)
			.query((rs, n) -> {
				if (rs.getLong("open_actions") > 0) {
					return null;
				}
				LocalDate last = Stream
					.of(rs.getObject("started_at", OffsetDateTime.class),
							rs.getObject("submitted_at", OffsetDateTime.class),
							rs.getObject("agreed_at", OffsetDateTime.class),
							rs.getObject("signed_off_at", OffsetDateTime.class),
							rs.getObject("statement_at", OffsetDateTime.class),
							rs.getObject("history_at", OffsetDateTime.class))
					.filter(java.util.Objects::nonNull)
					.map((at) -> at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())
					.max(LocalDate::compareTo)
					.orElseThrow();
				return new DueRecord(RecordType.AUDIT, rs.getLong("id"), rs.getLong("agency_id"),
						rs.getString("agency_name"), rs.getString("cycle_name"), last, period.dueAfterActivity(last));
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.filter((record) -> !record.dueOn().isAfter(by))
			.toList();
	}

	@Override
	public Optional<HeldRecord> find(long partnershipId, Long agencyId, long id) {
		return this.jdbc.sql("""
				select a.id, a.agency_id, ag.name as agency_name, c.name as cycle_name
				from audit a join agency ag on ag.id = a.agency_id join audit_cycle c on c.id = a.audit_cycle_id
				where a.id = :id and a.partnership_id = :partnership
				  and (cast(:agency as bigint) is null or a.agency_id = :agency)""")
			.param("id", id)
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.query((rs, n) -> new HeldRecord(RecordType.AUDIT, rs.getLong("id"), rs.getLong("agency_id"),
					rs.getString("agency_name"), rs.getString("cycle_name")))
			.optional();
	}

	@Override
	public void delete(long partnershipId, long id) {
		String ofThisAudit = " where audit_id in (select id from audit where id = :id and partnership_id = :partnership)";
		for (String child : List.of("audit_feedback", "audit_action", "audit_score_change", "audit_statement",
				"audit_section_assignment")) {
			this.jdbc.sql("delete from " + child + ofThisAudit)
				.param("id", id)
				.param("partnership", partnershipId)
				.update();
		}
		this.jdbc.sql("delete from audit where id = :id and partnership_id = :partnership")
			.param("id", id)
			.param("partnership", partnershipId)
			.update();
	}

}
