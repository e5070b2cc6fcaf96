package org.onlinelives.platform.security;

import java.time.Clock;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.SignInCounters;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.springframework.stereotype.Service;

/**
 * Keeps the count of failed sign-ins that leads to a temporary lockout, and logs every
 * attempt.
 */
@Service
public class SignInRecorder {

	private final Users users;

	private final SignInCounters counters;

	private final AccessLog accessLog;

	private final SecurityProperties properties;

	private final Clock clock;

	SignInRecorder(Users users, SignInCounters counters, AccessLog accessLog, SecurityProperties properties,
			Clock clock) {
		this.users = users;
		this.counters = counters;
		this.accessLog = accessLog;
		this.properties = properties;
		this.clock = clock;
	}

	public void succeeded(SignedInUser signedIn, String how) {
		this.counters.recordSuccess(signedIn.id(), this.clock.instant());
		this.accessLog.record(signedIn, AccessEvent.SIGN_IN_SUCCEEDED, "person", signedIn.id(), how);
	}

	/** A wrong password, or an unknown address (logged without a person). */
	public void passwordFailed(String email, String reason) {
		User user = this.users.findByEmail(User.normaliseEmail(email)).orElse(null);
		if (user == null) {
			this.accessLog.recordFor(null, null, null, email, AccessEvent.SIGN_IN_FAILED, "unknown email address");
			return;
		}
		this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
				AccessEvent.SIGN_IN_FAILED, reason);
		if ("wrong password".equals(reason)) {
			countFailure(user);
		}
	}

	/**
	 * A sign-in through the identity provider that was refused here: logged like a failed
	 * password (against the account when the address matches one, else without a person)
	 * but not counted towards lockout, as no password was guessed.
	 */
	public void singleSignOnFailed(String email, String reason) {
		String detail = "single sign-on: " + reason;
		User user = (email != null) ? this.users.findByEmail(User.normaliseEmail(email)).orElse(null) : null;
		if (user == null) {
			this.accessLog.recordFor(null, null, null, email, AccessEvent.SIGN_IN_FAILED, detail);
			return;
		}
		this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
				AccessEvent.SIGN_IN_FAILED, detail);
	}

	/**
	 * A wrong second-factor or recovery code; counts towards the same lockout as
	 * passwords.
	 */
	public boolean secondFactorFailed(SignedInUser signedIn) {
		this.accessLog.record(signedIn, AccessEvent.SECOND_FACTOR_FAILED, "person", signedIn.id(), null);
		return this.users.findById(signedIn.id()).map(this::countFailure).orElse(false);
	}

	/** A wrong current password when changing it: the same lockout applies. */
	public boolean currentPasswordFailed(SignedInUser signedIn) {
		this.accessLog.record(signedIn, AccessEvent.SIGN_IN_FAILED, "person", signedIn.id(),
				"wrong current password when changing it");
		return this.users.findById(signedIn.id()).map(this::countFailure).orElse(false);
	}

	private boolean countFailure(User user) {
		boolean locked = this.counters.recordFailure(user.getId(), this.properties.maxFailedAttempts(),
				this.clock.instant().plus(this.properties.lockout()));
		if (locked) {
			this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
					AccessEvent.ACCOUNT_LOCKED, "locked for " + this.properties.lockout().toMinutes() + " minutes");
		}
		return locked;
	}

}
