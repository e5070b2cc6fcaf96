package org.onlinelives.workforce.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Suggestions of topics for training; every method takes the partnership. */
@Transactional(readOnly = true)
public interface TrainingSuggestions extends Repository<TrainingSuggestion, Long> {

	@Transactional
	TrainingSuggestion save(TrainingSuggestion suggestion);

	Optional<TrainingSuggestion> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<TrainingSuggestion> findByPartnershipIdOrderByCreatedAtDesc(Long partnershipId);

	List<TrainingSuggestion> findByPartnershipIdAndSuggestedByOrderByCreatedAtDesc(Long partnershipId, Long userId);

}
