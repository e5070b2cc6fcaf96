package org.onlinelives.platform.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Platform's published queries about people, for other modules and for web pages. Every
 * query takes the caller's partnership (and, where it narrows, the agency), so none can
 * reach another partnership's people.
 */
public interface PeopleDirectory {

	/** One of the partnership's people, or empty when the id is not one of them. */
	Optional<User> find(long partnershipId, Long personId);

	/** One of the agency's people, or empty when the id is not one of them. */
	Optional<User> findInAgency(long partnershipId, Long agencyId, Long personId);

	/** An active person of the partnership with this email address, if there is one. */
	Optional<User> findActiveByEmail(long partnershipId, String email);

	/** A person's name, or empty when the id is not one of the partnership's people. */
	Optional<String> displayName(long partnershipId, Long personId);

	/**
	 * Everyone in the partnership, or in one of its agencies when {@code agencyId} is
	 * given, active or not, in name order.
	 */
	List<User> peopleOf(long partnershipId, Long agencyId);

	/**
	 * The active people of the partnership, or of one agency, who hold any of these
	 * roles, as names to choose from in name order, read in one query (loading each as a
	 * {@link User} reads their roles with a query per person).
	 */
	List<PersonName> activeNamesWithAnyRole(long partnershipId, Long agencyId, Set<Role> roles);

	/**
	 * Names to choose from: everyone in the partnership, or one agency, in name order,
	 * with whether each is still active.
	 */
	List<PersonName> namesOf(long partnershipId, Long agencyId);

	/** A person as a list to choose from shows them. */
	record PersonName(long id, String displayName, boolean active) {

	}

}
