package org.onlinelives.workforce.bulletins;

import java.util.Set;

import org.onlinelives.platform.people.Role;

/**
 * An active person of the partnership as bulletins and the code of conduct count them.
 *
 * @param agencyId null for partnership staff who work for no agency
 */
public record StaffMember(long userId, Long agencyId, String displayName, Set<Role> roles) {
}
