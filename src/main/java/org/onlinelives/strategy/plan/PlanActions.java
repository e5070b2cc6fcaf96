package org.onlinelives.strategy.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A partnership's plan actions; every method takes the partnership. */
@Transactional(readOnly = true)
public interface PlanActions extends Repository<PlanAction, Long> {

	@Transactional
	PlanAction save(PlanAction action);

	Optional<PlanAction> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<PlanAction> findByPartnershipIdOrderByDueDateAscIdAsc(Long partnershipId);

}
