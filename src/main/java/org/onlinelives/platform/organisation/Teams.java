package org.onlinelives.platform.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams, always reached through an agency that has already been checked against the
 * caller's scope.
 */
@Transactional(readOnly = true)
public interface Teams extends Repository<Team, Long> {

	@Transactional
	Team save(Team team);

	List<Team> findByAgencyIdOrderByName(Long agencyId);

	Optional<Team> findByIdAndAgencyId(Long id, Long agencyId);

	boolean existsByAgencyIdAndNameIgnoreCase(Long agencyId, String name);

	@Query("select count(*) from team t join agency a on a.id = t.agency_id where a.partnership_id = :partnership")
	long countInPartnership(@Param("partnership") Long partnershipId);

}
