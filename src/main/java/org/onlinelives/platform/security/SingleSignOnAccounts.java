package org.onlinelives.platform.security;

import java.time.Clock;

import org.onlinelives.platform.people.InvitationService;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Finds the account for someone the identity provider has signed in. Only an email
 * address the provider says it has verified is trusted: it must match an existing account
 * (or an open invitation, which is then accepted). Accounts are never created for
 * addresses no one has invited.
 */
@Service
class SingleSignOnAccounts {

	/** Why a provider's sign-in is refused: the words shown, and the reason logged. */
	enum Refusal {

		NO_EMAIL("signIn.sso.error.noEmail", "the provider gave no email address"),
		UNVERIFIED("signIn.sso.error.unverified", "email address not verified by the provider"),
		UNKNOWN("signIn.sso.error.unknown", "no account for this email address"),
		DEACTIVATED("signIn.sso.error.deactivated", "account deactivated"),
		LOCKED("signIn.error.locked", "account locked");

		private final String messageKey;

		private final String reason;

		Refusal(String messageKey, String reason) {
			this.messageKey = messageKey;
			this.reason = reason;
		}

		String messageKey() {
			return this.messageKey;
		}

		String reason() {
			return this.reason;
		}

	}

	/** The matched person, or why there is none. */
	record Match(SignedInUser user, String email, Refusal refusal) {

		static Match refused(String email, Refusal refusal) {
			return new Match(null, email, refusal);
		}

	}

	private final Users users;

	private final InvitationService invitations;

	private final PeopleDetailsService people;

	private final Clock clock;

	SingleSignOnAccounts(Users users, InvitationService invitations, PeopleDetailsService people, Clock clock) {
		this.users = users;
		this.invitations = invitations;
		this.people = people;
		this.clock = clock;
	}

	Match match(OidcUser signedInThere) {
		String email = User.normaliseEmail(signedInThere.getEmail());
		if (email == null || email.isEmpty()) {
			return Match.refused(null, Refusal.NO_EMAIL);
		}
		// Boolean.TRUE only: a missing claim, false, or anything else is not verified.
		if (!Boolean.TRUE.equals(signedInThere.getEmailVerified())) {
			return Match.refused(email, Refusal.UNVERIFIED);
		}
		User user = this.users.findByEmail(email).or(() -> this.invitations.acceptForVerifiedEmail(email)).orElse(null);
		if (user == null) {
			return Match.refused(email, Refusal.UNKNOWN);
		}
		if (!user.isActive()) {
			return Match.refused(email, Refusal.DEACTIVATED);
		}
		if (user.isLocked(this.clock.instant())) {
			return Match.refused(email, Refusal.LOCKED);
		}
		return new Match(this.people.signedIn(user), email, null);
	}

}
