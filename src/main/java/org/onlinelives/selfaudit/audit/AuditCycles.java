package org.onlinelives.selfaudit.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** The audit cycles of a partnership. Every method takes the partnership. */
@Transactional(readOnly = true)
public interface AuditCycles extends Repository<AuditCycle, Long> {

	@Transactional
	AuditCycle save(AuditCycle cycle);

	Optional<AuditCycle> findByIdAndPartnershipId(Long id, Long partnershipId);

	@Query("select * from audit_cycle where partnership_id = :partnership order by period_start desc, id desc")
	List<AuditCycle> inPartnership(@Param("partnership") Long partnershipId);

	@Query("""
			select c.* from audit_cycle c join audit_cycle_agency a on a.audit_cycle_id = c.id
			where c.partnership_id = :partnership and a.agency_id = :agency
			order by c.period_start desc, c.id desc""")
	List<AuditCycle> forAgency(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId);

	boolean existsByPartnershipIdAndNameIgnoreCase(Long partnershipId, String name);

}
