package org.onlinelives.survey.design;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Survey links; by code for young people, by survey and partnership for staff. */
public interface SurveyLinks extends ListCrudRepository<SurveyLink, Long> {

	Optional<SurveyLink> findByCode(String code);

	List<SurveyLink> findBySurveyIdAndPartnershipIdOrderByLabel(Long surveyId, Long partnershipId);

	boolean existsByCode(String code);

}
