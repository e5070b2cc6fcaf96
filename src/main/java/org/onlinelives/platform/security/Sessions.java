package org.onlinelives.platform.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions, so that a deactivation, a change of roles or a new password
 * takes effect at once everywhere they are signed in.
 */
@Component
public class Sessions {

	private final SessionRegistry registry;

	Sessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Ends every session of the person except the one with {@code keepSessionId} (may be
	 * null).
	 */
	public void endAllFor(long userId, String keepSessionId) {
		this.registry.getAllPrincipals()
			.stream()
			.filter((principal) -> principal instanceof SignedInUser signedIn && signedIn.id() == userId)
			.flatMap((principal) -> this.registry.getAllSessions(principal, false).stream())
			.filter((session) -> !session.getSessionId().equals(keepSessionId))
			.forEach(SessionInformation::expireNow);
	}

}
