package org.onlinelives.workforce.bulletins;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Each partnership's versions of the code of conduct; every method takes the partnership.
 */
public interface ConductCodeVersions extends Repository<ConductCodeVersion, Long> {

	ConductCodeVersion save(ConductCodeVersion version);

	Optional<ConductCodeVersion> findFirstByPartnershipIdOrderByVersionNumberDesc(Long partnershipId);

	List<ConductCodeVersion> findByPartnershipIdOrderByVersionNumberDesc(Long partnershipId);

}
