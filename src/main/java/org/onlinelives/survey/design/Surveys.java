package org.onlinelives.survey.design;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Surveys, always read within a partnership. */
public interface Surveys extends ListCrudRepository<Survey, Long> {

	List<Survey> findByPartnershipIdOrderByYearDescIdDesc(Long partnershipId);

	Optional<Survey> findByIdAndPartnershipId(Long id, Long partnershipId);

}
