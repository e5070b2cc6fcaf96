package org.onlinelives.workforce.training;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Each partnership's coverage target, keyed by the partnership. */
public interface TrainingTargets extends Repository<TrainingTarget, Long> {

	TrainingTarget save(TrainingTarget target);

	Optional<TrainingTarget> findById(Long partnershipId);

}
