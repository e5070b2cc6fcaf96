package org.onlinelives.survey.design;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** Survey links; by code for young people, by survey and partnership for staff. */
@Transactional(readOnly = true)
public interface SurveyLinks extends ListCrudRepository<SurveyLink, Long> {

	@Override
	@Transactional
	<S extends SurveyLink> S save(S entity);

	Optional<SurveyLink> findByCode(String code);

	List<SurveyLink> findBySurveyIdAndPartnershipIdOrderByLabel(Long surveyId, Long partnershipId);

	boolean existsByCode(String code);

}
