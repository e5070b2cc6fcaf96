package org.onlinelives.assessment.youngpeople;

import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The young people of an agency. Every lookup takes the partnership and the holding
 * agency, so no query can reach another agency's records. Used only through
 * {@link YoungPeopleService}.
 */
@Transactional(readOnly = true)
interface YoungPeople extends Repository<YoungPerson, Long> {

	@Transactional
	YoungPerson save(YoungPerson person);

	Optional<YoungPerson> findByIdAndPartnershipIdAndAgencyId(Long id, Long partnershipId, Long agencyId);

	boolean existsByAgencyIdAndCaseReferenceIgnoreCase(Long agencyId, String caseReference);

}
