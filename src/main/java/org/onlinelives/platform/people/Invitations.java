package org.onlinelives.platform.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface Invitations extends Repository<Invitation, Long> {

	@Transactional
	Invitation save(Invitation invitation);

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByEmail(String email);

	Optional<Invitation> findByIdAndPartnershipId(Long id, Long partnershipId);

	Optional<Invitation> findByIdAndPartnershipIdAndAgencyId(Long id, Long partnershipId, Long agencyId);

	@Query("""
			select * from invitation
			where partnership_id = :partnership
			  and (cast(:agency as bigint) is null or agency_id = :agency)
			order by created_at desc, id desc
			limit 200""")
	List<Invitation> recent(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId);

	@Query("select count(*) from invitation where partnership_id = :partnership and revoked_at is null and roles like '%AGENCY_LEAD%'")
	long countNotRevokedForLeads(@Param("partnership") Long partnershipId);

}
