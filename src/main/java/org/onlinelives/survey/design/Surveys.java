package org.onlinelives.survey.design;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** Surveys, always read within a partnership. */
@Transactional(readOnly = true)
public interface Surveys extends ListCrudRepository<Survey, Long> {

	@Override
	@Transactional
	<S extends Survey> S save(S entity);

	List<Survey> findByPartnershipIdOrderByYearDescIdDesc(Long partnershipId);

	Optional<Survey> findByIdAndPartnershipId(Long id, Long partnershipId);

}
