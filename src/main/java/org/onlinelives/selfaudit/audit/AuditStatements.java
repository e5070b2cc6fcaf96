package org.onlinelives.selfaudit.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements of audits. Callers reach them only through an audit already found in their
 * scope; the queries still join to the audit to check the partnership.
 */
@Transactional(readOnly = true)
public interface AuditStatements extends Repository<AuditStatement, Long> {

	@Transactional
	AuditStatement save(AuditStatement statement);

	@Transactional
	<S extends AuditStatement> List<S> saveAll(Iterable<S> statements);

	@Query("""
			select s.* from audit_statement s join audit a on a.id = s.audit_id
			where s.audit_id = :audit and a.partnership_id = :partnership order by s.id""")
	List<AuditStatement> ofAudit(@Param("partnership") Long partnershipId, @Param("audit") Long auditId);

	@Query("""
			select s.* from audit_statement s join audit a on a.id = s.audit_id
			where s.audit_id = :audit and a.partnership_id = :partnership and s.statement_number = :number""")
	Optional<AuditStatement> find(@Param("partnership") Long partnershipId, @Param("audit") Long auditId,
			@Param("number") String statementNumber);

}
