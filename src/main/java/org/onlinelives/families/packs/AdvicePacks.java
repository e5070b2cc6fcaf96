package org.onlinelives.families.packs;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's advice packs. Every method but the public page's takes the partnership;
 * the public page finds a pack by its unguessable slug alone.
 */
@Transactional(readOnly = true)
interface AdvicePacks extends Repository<AdvicePack, Long> {

	@Transactional
	AdvicePack save(AdvicePack pack);

	@Transactional
	void delete(AdvicePack pack);

	Optional<AdvicePack> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<AdvicePack> findByPartnershipIdOrderByTitleAsc(Long partnershipId);

	Optional<AdvicePack> findByPublicSlug(String publicSlug);

}
