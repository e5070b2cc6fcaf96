package org.onlinelives.selfaudit.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reporting query: the scores of every submitted audit in a cycle, by agency. Audits
 * still in progress are left out, so a half-finished audit never moves a partnership
 * figure.
 */
@Repository
public class PartnershipScores {

	private final JdbcClient jdbc;

	PartnershipScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Scores keyed by agency id, then statement number; unscored statements are absent.
	 */
	public Map<Long, Map<String, Integer>> submittedIn(long partnershipId, long cycleId) {
		Map<Long, Map<String, Integer>> byAgency = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.agency_id, s.statement_number, s.score
				from audit a join audit_statement s on s.audit_id = a.id
				where a.partnership_id = :partnership and a.audit_cycle_id = :cycle and a.status <> 'IN_PROGRESS'
				order by a.agency_id, s.statement_number""")
			.param("partnership", partnershipId)
			.param("cycle", cycleId)
			.query((rs) -> {
				Map<String, Integer> scores = byAgency.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashMap<>());
				Integer score = (Integer) rs.getObject(3, Integer.class);
				if (score != null) {
					scores.put(rs.getString(2), score);
				}
			});
		return byAgency;
	}

}
