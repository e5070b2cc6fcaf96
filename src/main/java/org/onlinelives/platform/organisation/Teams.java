package org.onlinelives.platform.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Teams, always reached through an agency that has already been checked against the
 * caller's scope.
 */
public interface Teams extends Repository<Team, Long> {

	Team save(Team team);

	List<Team> findByAgencyIdOrderByName(Long agencyId);

	Optional<Team> findByIdAndAgencyId(Long id, Long agencyId);

	boolean existsByAgencyIdAndNameIgnoreCase(Long agencyId, String name);

}
