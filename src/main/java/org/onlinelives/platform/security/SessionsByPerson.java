package org.onlinelives.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.PrincipalNameIndexResolver;
import org.springframework.session.Session;

/**
 * Files each session in the database under the id of the person signed in to it (at any
 * stage of sign-in), so that {@link Sessions} can find all of a person's sessions from
 * any node. The id, not the email address, because the id never changes.
 */
final class SessionsByPerson extends PrincipalNameIndexResolver<Session> {

	@Override
	public String resolveIndexValueFor(Session session) {
		SecurityContext context = session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		Authentication authentication = (context != null) ? context.getAuthentication() : null;
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) ? key(user.id())
				: null;
	}

	static String key(long userId) {
		return Long.toString(userId);
	}

}
