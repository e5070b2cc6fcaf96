package org.onlinelives.platform.people;

import java.util.EnumSet;
import java.util.Set;

import org.onlinelives.platform.security.SignedInUser;

/**
 * Whose people a manager may see and change: the whole partnership for an administrator,
 * their own agency for an agency lead. Only administrators may make administrators.
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
		return this.administrator ? EnumSet.allOf(Role.class)
				: EnumSet.complementOf(EnumSet.of(Role.PARTNERSHIP_ADMIN));
	}

	public boolean covers(Long agencyId) {
		return this.administrator || (this.agencyId != null && this.agencyId.equals(agencyId));
	}

}
