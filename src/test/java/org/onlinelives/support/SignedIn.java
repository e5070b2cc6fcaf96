package org.onlinelives.support;

import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A MockMvc request from a person who has completed sign-in, second factor included.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(User user) {
		SignedInUser principal = new SignedInUser(user, false, false);
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullAuthorities()));
	}

}
