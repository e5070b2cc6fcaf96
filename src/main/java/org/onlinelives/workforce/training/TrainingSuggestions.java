package org.onlinelives.workforce.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Suggestions of topics for training; every method takes the partnership. */
public interface TrainingSuggestions extends Repository<TrainingSuggestion, Long> {

	TrainingSuggestion save(TrainingSuggestion suggestion);

	Optional<TrainingSuggestion> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<TrainingSuggestion> findByPartnershipIdOrderByCreatedAtDesc(Long partnershipId);

	List<TrainingSuggestion> findByPartnershipIdAndSuggestedByOrderByCreatedAtDesc(Long partnershipId, Long userId);

}
