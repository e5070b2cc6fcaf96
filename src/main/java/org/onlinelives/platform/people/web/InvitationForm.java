package org.onlinelives.platform.people.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.onlinelives.platform.people.Role;

/**
 * Who to invite, where they will work and what they may do.
 */
record InvitationForm(
		@NotBlank(message = "{person.name.required}") @Size(max = 200, message = "{person.name.tooLong}") String name,
		@NotBlank(message = "{person.email.required}") @Email(message = "{person.email.invalid}") @Size(max = 320,
				message = "{person.email.tooLong}") String email,
		Long agencyId, Long teamId, Set<Role> roles) {

	static InvitationForm empty(Long agencyId) {
		return new InvitationForm("", "", agencyId, null, Set.of());
	}

}
