package org.onlinelives.selfaudit.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies' audits. Every method takes the partnership (and the agency where it lists).
 */
@Transactional(readOnly = true)
public interface Audits extends Repository<Audit, Long> {

	@Transactional
	Audit save(Audit audit);

	Optional<Audit> findByIdAndPartnershipId(Long id, Long partnershipId);

	Optional<Audit> findByAuditCycleIdAndAgencyIdAndPartnershipId(Long cycleId, Long agencyId, Long partnershipId);

	@Query("select * from audit where partnership_id = :partnership and agency_id = :agency order by started_at desc, id desc")
	List<Audit> ofAgency(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId);

	@Query("select * from audit where partnership_id = :partnership and audit_cycle_id = :cycle order by id")
	List<Audit> inCycle(@Param("partnership") Long partnershipId, @Param("cycle") Long cycleId);

	@Query("""
			select * from audit where partnership_id = :partnership and status in ('SUBMITTED', 'IN_QA', 'AGREED')
			order by submitted_at, id""")
	List<Audit> awaitingQa(@Param("partnership") Long partnershipId);

	@Query("select * from audit where partnership_id = :partnership and status = 'SIGNED_OFF' order by signed_off_at desc, id desc")
	List<Audit> signedOff(@Param("partnership") Long partnershipId);

}
