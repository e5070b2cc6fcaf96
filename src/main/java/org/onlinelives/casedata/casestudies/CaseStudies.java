package org.onlinelives.casedata.casestudies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case studies. Every method takes the partnership (and the agency or author where it
 * lists drafts).
 */
@Transactional(readOnly = true)
interface CaseStudies extends Repository<CaseStudy, Long> {

	@Transactional
	CaseStudy save(CaseStudy study);

	Optional<CaseStudy> findByIdAndPartnershipId(Long id, Long partnershipId);

	@Query("""
			select * from case_study where partnership_id = :partnership and author_id = :author
			  and status <> 'PUBLISHED' order by updated_at desc, id desc""")
	List<CaseStudy> draftsOf(@Param("partnership") Long partnershipId, @Param("author") Long authorId);

	@Query("""
			select * from case_study where partnership_id = :partnership and agency_id = :agency
			  and status = 'AWAITING_LEAD' order by submitted_at, id""")
	List<CaseStudy> awaitingLead(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId);

	@Query("""
			select * from case_study where partnership_id = :partnership
			  and status = 'AWAITING_ADMIN' order by lead_approved_at, id""")
	List<CaseStudy> awaitingAdmin(@Param("partnership") Long partnershipId);

}
