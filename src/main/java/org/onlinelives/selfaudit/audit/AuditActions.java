package org.onlinelives.selfaudit.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Agencies' action plans; every method takes the partnership and the agency. */
@Transactional(readOnly = true)
public interface AuditActions extends Repository<AuditAction, Long> {

	@Transactional
	AuditAction save(AuditAction action);

	Optional<AuditAction> findByIdAndPartnershipIdAndAgencyId(Long id, Long partnershipId, Long agencyId);

	/**
	 * This audit's actions and every still-open action from the agency's earlier audits.
	 */
	@Query("""
			select * from audit_action
			where partnership_id = :partnership and agency_id = :agency
			  and (audit_id = :audit or (status <> 'DONE' and audit_id < :audit))
			order by due_date, id""")
	List<AuditAction> planFor(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId,
			@Param("audit") Long auditId);

}
