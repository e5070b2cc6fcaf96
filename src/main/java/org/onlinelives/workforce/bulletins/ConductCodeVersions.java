package org.onlinelives.workforce.bulletins;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partnership's versions of the code of conduct; every method takes the partnership.
 */
@Transactional(readOnly = true)
public interface ConductCodeVersions extends Repository<ConductCodeVersion, Long> {

	@Transactional
	ConductCodeVersion save(ConductCodeVersion version);

	Optional<ConductCodeVersion> findFirstByPartnershipIdOrderByVersionNumberDesc(Long partnershipId);

	List<ConductCodeVersion> findByPartnershipIdOrderByVersionNumberDesc(Long partnershipId);

}
