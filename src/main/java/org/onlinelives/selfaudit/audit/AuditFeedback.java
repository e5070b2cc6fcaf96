package org.onlinelives.selfaudit.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional answers to seed 001's six feedback questions, given once after submission.
 */
@Repository
public class AuditFeedback {

	public static final int MAX_ANSWER = 4000;

	private final JdbcClient jdbc;

	AuditFeedback(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One answer, with the agency and cycle it came from, for administrators. */
	public record Answer(String questionId, String answer, String agencyName, String cycleName, Instant answeredAt) {
	}

	public boolean given(Audit audit) {
		return this.jdbc.sql("select count(*) from audit_feedback where audit_id = :audit and partnership_id = :p")
			.param("audit", audit.getId())
			.param("p", audit.getPartnershipId())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Records the answers given; blank answers are left out. A second sending adds
	 * nothing.
	 * @return whether anything was recorded
	 */
	@Transactional
	public boolean record(Audit audit, Map<String, String> answersByQuestion, Instant now) {
		if (given(audit)) {
			return false;
		}
		boolean any = false;
		for (Map.Entry<String, String> entry : answersByQuestion.entrySet()) {
			String answer = entry.getValue();
			if (answer == null || answer.isBlank()) {
				continue;
			}
			if (answer.strip().length() > MAX_ANSWER) {
				throw new IllegalArgumentException("Answers may be up to " + MAX_ANSWER + " characters");
			}
			this.jdbc.sql("""
					insert into audit_feedback (partnership_id, audit_id, question_id, answer, answered_at)
					values (:p, :audit, :question, :answer, :at)""")
				.param("p", audit.getPartnershipId())
				.param("audit", audit.getId())
				.param("question", entry.getKey())
				.param("answer", answer.strip())
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
			any = true;
		}
		return any;
	}

	public List<Answer> inPartnership(long partnershipId) {
		return this.jdbc.sql("""
				select f.question_id, f.answer, g.name as agency_name, c.name as cycle_name, f.answered_at
				from audit_feedback f
				join audit a on a.id = f.audit_id
				join agency g on g.id = a.agency_id
				join audit_cycle c on c.id = a.audit_cycle_id
				where f.partnership_id = :p and a.partnership_id = :p
				order by f.answered_at desc, f.id""")
			.param("p", partnershipId)
			.query((rs, row) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

}
