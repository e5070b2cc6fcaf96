package org.onlinelives.platform.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PeopleDirectory} over the {@link Users} repository.
 */
@Component
@Transactional(readOnly = true)
class UsersDirectory implements PeopleDirectory {

	private static final RowMapper<PersonName> PERSON_NAME = (rs, row) -> new PersonName(rs.getLong("id"),
			rs.getString("display_name"), rs.getBoolean("active"));

	private final Users users;

	private final JdbcClient jdbc;

	UsersDirectory(Users users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<User> find(long partnershipId, Long personId) {
		return (personId == null) ? Optional.empty() : this.users.findByIdAndPartnershipId(personId, partnershipId);
	}

	@Override
	public Optional<User> findInAgency(long partnershipId, Long agencyId, Long personId) {
		return (personId == null || agencyId == null) ? Optional.empty()
				: this.users.findByIdAndPartnershipIdAndAgencyId(personId, partnershipId, agencyId);
	}

	@Override
	public Optional<User> findActiveByEmail(long partnershipId, String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return this.users.findByEmail(User.normaliseEmail(email))
			.filter((user) -> user.getPartnershipId().equals(partnershipId) && user.isActive());
	}

	@Override
	public Optional<String> displayName(long partnershipId, Long personId) {
		return find(partnershipId, personId).map(User::getDisplayName);
	}

	@Override
	public List<User> peopleOf(long partnershipId, Long agencyId) {
		return this.users.everyoneIn(partnershipId, agencyId);
	}

	@Override
	public List<PersonName> activeNamesWithAnyRole(long partnershipId, Long agencyId, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select u.id, u.display_name, u.active from app_user u
				where u.partnership_id = :partnership
				  and (cast(:agency as bigint) is null or u.agency_id = :agency)
				  and u.active = true
				  and exists (select 1 from user_role r where r.user_id = u.id and r.role in (:roles))
				order by lower(u.display_name), u.id""")
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(PERSON_NAME)
			.list();
	}

	/**
	 * One query: loading each person as a {@link User} would read their roles with a
	 * query per person, and a name needs none of them.
	 */
	@Override
	public List<PersonName> namesOf(long partnershipId, Long agencyId) {
		return this.jdbc.sql("""
				select id, display_name, active from app_user
				where partnership_id = :partnership
				  and (cast(:agency as bigint) is null or agency_id = :agency)
				order by lower(display_name), id""")
			.param("partnership", partnershipId)
			.param("agency", agencyId)
			.query(PERSON_NAME)
			.list();
	}

}
