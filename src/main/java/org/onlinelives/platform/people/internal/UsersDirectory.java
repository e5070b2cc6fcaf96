package org.onlinelives.platform.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.platform.people.PeopleDirectory;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PeopleDirectory} over the {@link Users} repository.
 */
@Component
@Transactional(readOnly = true)
class UsersDirectory implements PeopleDirectory {

	private final Users users;

	UsersDirectory(Users users) {
		this.users = users;
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
	public List<User> activePeopleOf(long partnershipId, Long agencyId) {
		return peopleOf(partnershipId, agencyId).stream().filter(User::isActive).toList();
	}

	@Override
	public List<User> activeWithAnyRole(long partnershipId, Long agencyId, Set<Role> roles) {
		return activePeopleOf(partnershipId, agencyId).stream()
			.filter((user) -> roles.stream().anyMatch(user::hasRole))
			.toList();
	}

	@Override
	public List<PersonName> namesOf(long partnershipId, Long agencyId) {
		return peopleOf(partnershipId, agencyId).stream()
			.map((user) -> new PersonName(user.getId(), user.getDisplayName(), user.isActive()))
			.toList();
	}

}
