package org.onlinelives.retention;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface LegalHolds extends Repository<LegalHold, Long> {

	@Transactional
	LegalHold save(LegalHold hold);

	Optional<LegalHold> findByIdAndPartnershipId(Long id, Long partnershipId);

	@Query("""
			select * from legal_hold
			where partnership_id = :partnershipId and lifted_at is null
			order by placed_at desc, id desc""")
	List<LegalHold> active(Long partnershipId);

	@Query("""
			select * from legal_hold
			where partnership_id = :partnershipId and record_type = :recordType and record_id = :recordId
			  and lifted_at is null""")
	List<LegalHold> activeOn(Long partnershipId, String recordType, Long recordId);

}
