package org.onlinelives.families.packs;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * A partnership's advice packs. Every method but the public page's takes the partnership;
 * the public page finds a pack by its unguessable slug alone.
 */
interface AdvicePacks extends Repository<AdvicePack, Long> {

	AdvicePack save(AdvicePack pack);

	void delete(AdvicePack pack);

	Optional<AdvicePack> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<AdvicePack> findByPartnershipIdOrderByTitleAsc(Long partnershipId);

	Optional<AdvicePack> findByPublicSlug(String publicSlug);

}
