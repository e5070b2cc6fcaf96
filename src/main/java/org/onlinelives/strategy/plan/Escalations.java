package org.onlinelives.strategy.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit actions escalated into a partnership's plan; every method takes the partnership.
 */
@Transactional(readOnly = true)
public interface Escalations extends Repository<Escalation, Long> {

	@Transactional
	Escalation save(Escalation escalation);

	Optional<Escalation> findByIdAndPartnershipId(Long id, Long partnershipId);

	boolean existsByAuditActionId(Long auditActionId);

	List<Escalation> findByPartnershipIdAndPlanActionIdIsNullOrderByEscalatedAtAsc(Long partnershipId);

	List<Escalation> findByPartnershipIdAndPlanActionIdOrderByStatementNumberAscEscalatedAtAsc(Long partnershipId,
			Long planActionId);

	List<Escalation> findByPartnershipIdAndPlanActionIdIsNotNull(Long partnershipId);

	List<Escalation> findByPartnershipIdAndAuditActionIdIn(Long partnershipId, Collection<Long> auditActionIds);

	long countByPartnershipIdAndPlanActionIdIsNull(Long partnershipId);

}
