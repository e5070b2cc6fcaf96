package org.onlinelives.platform.people.web;

import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.web.FormValues;

/**
 * Who to invite, where they will work and what they may do.
 */
record InvitationForm(
		@NotBlank(message = "{person.name.required}") @Size(max = 200, message = "{person.name.tooLong}") String name,
		@NotBlank(message = "{person.email.required}") @Email(message = "{person.email.invalid}") @Size(max = 320,
				message = "{person.email.tooLong}") String email,
		String agencyId, String teamId, Set<String> roles) {

	static InvitationForm empty(Long agencyId) {
		return new InvitationForm("", "", (agencyId != null) ? agencyId.toString() : "", "", Set.of());
	}

	Optional<Long> agency() {
		return FormValues.toLong(this.agencyId);
	}

	Optional<Long> team() {
		return FormValues.toLong(this.teamId);
	}

	/** The chosen roles, or empty if any is not a role. */
	Optional<Set<Role>> chosenRoles() {
		return FormValues.toEnums(Role.class, this.roles);
	}

}
