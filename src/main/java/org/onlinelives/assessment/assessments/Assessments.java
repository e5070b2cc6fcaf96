package org.onlinelives.assessment.assessments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment versions. Every lookup takes the partnership, the holding agency and the
 * young person. Used only through {@link AssessmentService}.
 */
@Transactional(readOnly = true)
interface Assessments extends Repository<Assessment, Long> {

	@Transactional
	Assessment save(Assessment assessment);

	Optional<Assessment> findByIdAndPartnershipIdAndAgencyIdAndYoungPersonId(Long id, Long partnershipId, Long agencyId,
			Long youngPersonId);

	List<Assessment> findByPartnershipIdAndAgencyIdAndYoungPersonIdOrderBySequenceNumberDesc(Long partnershipId,
			Long agencyId, Long youngPersonId);

}
