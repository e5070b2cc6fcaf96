package org.onlinelives.workforce.training;

import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each partnership's coverage target, keyed by the partnership. */
@Transactional(readOnly = true)
public interface TrainingTargets extends Repository<TrainingTarget, Long> {

	@Transactional
	TrainingTarget save(TrainingTarget target);

	Optional<TrainingTarget> findById(Long partnershipId);

}
