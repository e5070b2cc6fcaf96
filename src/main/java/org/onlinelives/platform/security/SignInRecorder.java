package org.onlinelives.platform.security;

import java.time.Clock;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.Users;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the count of failed sign-ins that leads to a temporary lockout, and logs every
 * attempt.
 */
@Service
public class SignInRecorder {

	private final Users users;

	private final AccessLog accessLog;

	private final SecurityProperties properties;

	private final Clock clock;

	SignInRecorder(Users users, AccessLog accessLog, SecurityProperties properties, Clock clock) {
		this.users = users;
		this.accessLog = accessLog;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public void succeeded(SignedInUser signedIn, String how) {
		this.users.findById(signedIn.id()).ifPresent((user) -> {
			user.recordSuccessfulSignIn(this.clock.instant());
			this.users.save(user);
		});
		this.accessLog.record(signedIn, AccessEvent.SIGN_IN_SUCCEEDED, "person", signedIn.id(), how);
	}

	/** A wrong password, or an unknown address (logged without a person). */
	@Transactional
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
	 * A wrong second-factor or recovery code; counts towards the same lockout as
	 * passwords.
	 */
	@Transactional
	public boolean secondFactorFailed(SignedInUser signedIn) {
		this.accessLog.record(signedIn, AccessEvent.SECOND_FACTOR_FAILED, "person", signedIn.id(), null);
		return this.users.findById(signedIn.id()).map(this::countFailure).orElse(false);
	}

	private boolean countFailure(User user) {
		boolean locked = user.recordFailedSignIn(this.properties.maxFailedAttempts(), this.properties.lockout(),
				this.clock.instant());
		this.users.save(user);
		if (locked) {
			this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
					AccessEvent.ACCOUNT_LOCKED, "locked for " + this.properties.lockout().toMinutes() + " minutes");
		}
		return locked;
	}

}
