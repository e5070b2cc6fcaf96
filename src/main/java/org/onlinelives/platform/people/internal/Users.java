package org.onlinelives.platform.people.internal;

import org.onlinelives.platform.people.User;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a partnership, kept inside platform: other modules read them through
 * {@link org.onlinelives.platform.people.PeopleDirectory}. Lookups take the partnership
 * (and, for agency leads, the agency).
 */
@Transactional(readOnly = true)
public interface Users extends Repository<User, Long> {

	@Transactional
	User save(User user);

	/** Only for sign-in, where the person is not yet known. */
	Optional<User> findByEmail(String email);

	/** Only for the signed-in person's own account. */
	Optional<User> findById(Long id);

	Optional<User> findByIdAndPartnershipId(Long id, Long partnershipId);

	Optional<User> findByIdAndPartnershipIdAndAgencyId(Long id, Long partnershipId, Long agencyId);

	boolean existsByEmail(String email);

	long count();

	@Query("select count(*) from app_user u join user_role r on r.user_id = u.id where u.partnership_id = :partnership and r.role = :role")
	long countWithRole(@Param("partnership") Long partnershipId, @Param("role") String role);

	@Query("""
			select * from app_user
			where partnership_id = :partnership
			  and (cast(:agency as bigint) is null or agency_id = :agency)
			order by lower(display_name), id
			limit :limit offset :offset""")
	List<User> page(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId, @Param("limit") int limit,
			@Param("offset") long offset);

	@Query("""
			select * from app_user
			where partnership_id = :partnership
			  and (cast(:agency as bigint) is null or agency_id = :agency)
			order by lower(display_name), id""")
	List<User> everyoneIn(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId);

	@Query("""
			select count(*) from app_user
			where partnership_id = :partnership
			  and (cast(:agency as bigint) is null or agency_id = :agency)""")
	long countIn(@Param("partnership") Long partnershipId, @Param("agency") Long agencyId);

}
