package org.onlinelives.families.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries of a partnership's help directory. Every method takes the partnership, so
 * no query can reach another's.
 */
@Transactional(readOnly = true)
interface DirectoryEntries extends Repository<DirectoryEntry, Long> {

	@Transactional
	DirectoryEntry save(DirectoryEntry entry);

	@Transactional
	void delete(DirectoryEntry entry);

	Optional<DirectoryEntry> findByIdAndPartnershipId(Long id, Long partnershipId);

	List<DirectoryEntry> findByPartnershipIdOrderByNameAsc(Long partnershipId);

	List<DirectoryEntry> findByPartnershipIdAndIdIn(Long partnershipId, Collection<Long> ids);

	/** Entries whose review falls on or before a date: the ones due or overdue. */
	List<DirectoryEntry> findByPartnershipIdAndReviewDateLessThanEqualOrderByReviewDateAsc(Long partnershipId,
			LocalDate date);

	/** How many advice packs list the entry: an entry in a pack is not removed. */
	@Query("select count(*) from advice_pack_entry p join directory_entry e on e.id = p.directory_entry_id where e.id = :id and e.partnership_id = :partnership")
	long countPackUses(@Param("id") long id, @Param("partnership") long partnershipId);

}
