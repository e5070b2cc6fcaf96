package org.onlinelives.platform.setup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The first partnership and its first administrator.
 */
public record SetUpForm(
		@NotBlank(message = "{setup.partnershipName.required}") @Size(max = 200,
				message = "{setup.partnershipName.tooLong}") String partnershipName,
		@NotBlank(message = "{person.name.required}") @Size(max = 200, message = "{person.name.tooLong}") String name,
		@NotBlank(message = "{person.email.required}") @Email(message = "{person.email.invalid}") @Size(max = 320,
				message = "{person.email.tooLong}") String email,
		String password, String confirmPassword) {

	public static SetUpForm empty() {
		return new SetUpForm("", "", "", "", "");
	}

}
