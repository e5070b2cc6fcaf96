package org.onlinelives.selfaudit.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change of score, kept for good: insert and read, never update or delete. */
@Repository
public class ScoreHistory {

	private final JdbcClient jdbc;

	ScoreHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(Long auditId, ScoreChange change) {
		this.jdbc.sql("""
				insert into audit_score_change (audit_id, statement_number, from_score, to_score, kind, reason,
				                                changed_by, changed_by_name, changed_at)
				values (:audit, :number, :from, :to, :kind, :reason, :by, :byName, :at)""")
			.param("audit", auditId)
			.param("number", change.statementNumber())
			.param("from", change.fromScore())
			.param("to", change.toScore())
			.param("kind", change.kind().name())
			.param("reason", change.reason())
			.param("by", change.changedBy())
			.param("byName", change.changedByName())
			.param("at", OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC))
			.update();
	}

	/**
	 * The audit's history, oldest first. The caller has already found the audit in scope.
	 */
	public List<ScoreChange> of(Long partnershipId, Long auditId) {
		return this.jdbc.sql("""
				select c.* from audit_score_change c join audit a on a.id = c.audit_id
				where c.audit_id = :audit and a.partnership_id = :partnership
				order by c.changed_at, c.id""")
			.param("audit", auditId)
			.param("partnership", partnershipId)
			.query((rs, row) -> new ScoreChange(rs.getString("statement_number"),
					(Integer) rs.getObject("from_score", Integer.class),
					(Integer) rs.getObject("to_score", Integer.class), ScoreChange.Kind.valueOf(rs.getString("kind")),
					rs.getString("reason"), rs.getLong("changed_by"), rs.getString("changed_by_name"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
