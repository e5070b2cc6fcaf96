package org.onlinelives.platform.organisation.internal;

import org.onlinelives.platform.organisation.Agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies of a partnership. Every method takes the partnership, so no query can
 * reach another's.
 */
@Transactional(readOnly = true)
public interface Agencies extends Repository<Agency, Long> {

	@Transactional
	Agency save(Agency agency);

	Optional<Agency> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<Agency> findByPartnershipIdOrderByName(Long partnershipId);

	boolean existsByPartnershipIdAndNameIgnoreCase(Long partnershipId, String name);

	long countByPartnershipId(Long partnershipId);

}
