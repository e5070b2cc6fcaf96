package org.onlinelives.strategy.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** A partnership's plan actions; every method takes the partnership. */
public interface PlanActions extends Repository<PlanAction, Long> {

	PlanAction save(PlanAction action);

	Optional<PlanAction> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<PlanAction> findByPartnershipIdOrderByDueDateAscIdAsc(Long partnershipId);

}
