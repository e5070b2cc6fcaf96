package org.onlinelives.assessment.youngpeople;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The young people of an agency. Every lookup takes the partnership and the holding
 * agency, so no query can reach another agency's records. Used only through
 * {@link YoungPeopleService}.
 */
interface YoungPeople extends Repository<YoungPerson, Long> {

	YoungPerson save(YoungPerson person);

	Optional<YoungPerson> findByIdAndPartnershipIdAndAgencyId(Long id, Long partnershipId, Long agencyId);

	boolean existsByAgencyIdAndCaseReferenceIgnoreCase(Long agencyId, String caseReference);

}
