package org.onlinelives.workforce.bulletins;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A partnership's bulletins; every method takes the partnership. */
@Transactional(readOnly = true)
public interface Bulletins extends Repository<Bulletin, Long> {

	@Transactional
	Bulletin save(Bulletin bulletin);

	Optional<Bulletin> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<Bulletin> findByPartnershipIdOrderByCreatedAtDesc(Long partnershipId);

	List<Bulletin> findByPartnershipIdAndPublishedAtIsNotNullOrderByPublishedAtDesc(Long partnershipId);

}
