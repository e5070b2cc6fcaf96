package org.onlinelives.platform.people;

import java.util.EnumSet;
import java.util.Set;

import org.onlinelives.platform.security.SignedInUser;

/**
 * Whose people a manager may see and change: the whole partnership for an administrator,
 * their own agency for an agency lead. Only administrators grant partnership-wide roles
 * (administrator, QA reviewer, analyst); a lead assigns agency roles only.
 */
public record PeopleScope(long partnershipId, Long agencyId, boolean administrator) {

	public static PeopleScope of(SignedInUser manager) {
		if (manager.hasRole(Role.PARTNERSHIP_ADMIN)) {
			return new PeopleScope(manager.partnershipId(), null, true);
		}
		if (manager.hasRole(Role.AGENCY_LEAD) && manager.agencyId() != null) {
			return new PeopleScope(manager.partnershipId(), manager.agencyId(), false);
		}
		throw new org.springframework.security.access.AccessDeniedException("Not a manager of people");
	}

	public Set<Role> assignableRoles() {
		return this.administrator ? EnumSet.allOf(Role.class) : EnumSet.of(Role.AGENCY_LEAD, Role.PRACTITIONER);
	}

	/**
	 * The roles a person ends up with when this manager submits {@code chosen}: the roles
	 * the manager may assign as chosen, and any other role the person holds kept as it
	 * is, so a lead can neither grant nor take away a partnership-wide role.
	 */
	public Set<Role> resultingRoles(Set<Role> held, Set<Role> chosen) {
		Set<Role> result = EnumSet.noneOf(Role.class);
		result.addAll(chosen);
		held.stream().filter((role) -> !assignableRoles().contains(role)).forEach(result::add);
		return result;
	}

	public boolean covers(Long agencyId) {
		return this.administrator || (this.agencyId != null && this.agencyId.equals(agencyId));
	}

}
