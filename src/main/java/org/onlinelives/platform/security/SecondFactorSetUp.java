package org.onlinelives.platform.security;

import java.util.List;
import java.util.Optional;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.SignInCounters;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning on a person's second factor and replacing their recovery codes, each in one
 * transaction with its access-log entry.
 */
@Service
class SecondFactorSetUp {

	private final SecondFactorCodes codes;

	private final Users users;

	private final PasswordEncoder passwords;

	private final AccessLog accessLog;

	private final SignInRecorder recorder;

	private final SignInCounters counters;

	SecondFactorSetUp(SecondFactorCodes codes, Users users, PasswordEncoder passwords, AccessLog accessLog,
			SignInRecorder recorder, SignInCounters counters) {
		this.codes = codes;
		this.users = users;
		this.passwords = passwords;
		this.accessLog = accessLog;
		this.recorder = recorder;
		this.counters = counters;
	}

	/** The person with their second factor turned on, and their new recovery codes. */
	record Enabled(User user, List<String> recoveryCodes) {
	}

	@Transactional(readOnly = true)
	User current(SignedInUser signedIn) {
		return this.users.findById(signedIn.id()).orElseThrow();
	}

	/**
	 * Turns on the second factor with the secret the authenticator app proved at this
	 * time step.
	 * @param signInNote when this set-up completes a sign-in, how the person signed in;
	 * otherwise null
	 */
	@Transactional
	Enabled enable(SignedInUser signedIn, String secret, long step, String signInNote) {
		User user = current(signedIn);
		List<String> recoveryCodes = this.codes.newRecoveryCodes();
		user.startSecondFactorSetUp(secret);
		user.confirmSecondFactor(recoveryCodes.stream().map(this.passwords::encode).toList());
		this.users.save(user);
		// The code that proved the app cannot then be used again to sign in.
		this.counters.acceptAuthenticatorStep(user.getId(), step);
		this.accessLog.record(signedIn, AccessEvent.SECOND_FACTOR_ENABLED, "person", signedIn.id(), null);
		if (signInNote != null) {
			this.recorder.succeeded(signedIn, signInNote);
		}
		return new Enabled(user, recoveryCodes);
	}

	/** New recovery codes in place of the old, or empty when the second factor is off. */
	@Transactional
	Optional<List<String>> replaceRecoveryCodes(SignedInUser signedIn) {
		User user = current(signedIn);
		if (!user.isTotpEnabled()) {
			return Optional.empty();
		}
		List<String> recoveryCodes = this.codes.newRecoveryCodes();
		user.replaceRecoveryCodes(recoveryCodes.stream().map(this.passwords::encode).toList());
		this.users.save(user);
		this.accessLog.record(signedIn, AccessEvent.SECOND_FACTOR_ENABLED, "person", signedIn.id(),
				"recovery codes replaced");
		return Optional.of(recoveryCodes);
	}

}
