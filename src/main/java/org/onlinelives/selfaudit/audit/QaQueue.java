package org.onlinelives.selfaudit.audit;

import java.util.List;
import java.util.Map;

import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audits a QA reviewer may review and where each one is, for their home page: read as
 * rows in two queries. Loading each audit with its 36 responses, then its cycle and
 * agency one by one, made the reviewer's home page the slowest in the product.
 */
@Component
public class QaQueue {

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	QaQueue(JdbcClient jdbc, AgencyDirectory agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	/** Submitted audits not yet signed off that the reviewer may review, oldest first. */
	@Transactional(readOnly = true)
	public List<Entry> of(SignedInUser reviewer) {
		Map<Long, String> agencyNames = this.agencies.namesOf(reviewer.partnershipId());
		return this.jdbc.sql("""
				select a.id, a.agency_id, a.status, c.name from audit a
				join audit_cycle c on c.id = a.audit_cycle_id and c.partnership_id = a.partnership_id
				where a.partnership_id = :partnership and a.status in ('SUBMITTED', 'IN_QA', 'AGREED')
				order by a.submitted_at, a.id""")
			.param("partnership", reviewer.partnershipId())
			.query((rs, row) -> new Row(rs.getLong(1), rs.getLong(2), AuditStatus.valueOf(rs.getString(3)),
					rs.getString(4)))
			.list()
			.stream()
			.filter((audit) -> AuditAccess.canReview(reviewer, reviewer.partnershipId(), audit.agencyId(),
					audit.status()))
			.map((audit) -> new Entry(audit.auditId(), audit.status(), agencyNames.getOrDefault(audit.agencyId(), ""),
					audit.cycleName()))
			.toList();
	}

	/** An audit waiting for QA, with its agency's and cycle's names. */
	public record Entry(long auditId, AuditStatus status, String agencyName, String cycleName) {
	}

	private record Row(long auditId, long agencyId, AuditStatus status, String cycleName) {
	}

}
