package org.onlinelives.platform.security;

import java.time.Clock;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.SignInCounters;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a second-factor code: first as an authenticator code, then as an unused recovery
 * code.
 */
@Service
class SecondFactorVerification {

	enum Outcome {

		AUTHENTICATOR_CODE, RECOVERY_CODE, REFUSED

	}

	private final Users users;

	private final SignInCounters counters;

	private final SecondFactorCodes codes;

	private final PasswordEncoder passwords;

	private final AccessLog accessLog;

	private final Clock clock;

	SecondFactorVerification(Users users, SignInCounters counters, SecondFactorCodes codes, PasswordEncoder passwords,
			AccessLog accessLog, Clock clock) {
		this.users = users;
		this.counters = counters;
		this.codes = codes;
		this.passwords = passwords;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	Outcome verify(long userId, String code) {
		User user = this.users.findById(userId).orElse(null);
		if (user == null || !user.isActive() || !user.isTotpEnabled() || user.isLocked(this.clock.instant())) {
			return Outcome.REFUSED;
		}
		java.util.OptionalLong step = this.codes.matchingStep(user.getTotpSecret(), code);
		if (step.isPresent()) {
			// A code already used (seen by someone over the person's shoulder, say) is
			// refused.
			return this.counters.acceptAuthenticatorStep(user.getId(), step.getAsLong()) ? Outcome.AUTHENTICATOR_CODE
					: Outcome.REFUSED;
		}
		String recovery = code.strip().toLowerCase(java.util.Locale.ROOT);
		if (recovery.length() >= 16
				&& user.useRecoveryCode((hash) -> this.passwords.matches(recovery, hash), this.clock.instant())) {
			this.users.save(user);
			this.accessLog.recordFor(user.getPartnershipId(), user.getAgencyId(), user.getId(), user.getEmail(),
					AccessEvent.RECOVERY_CODE_USED, user.unusedRecoveryCodes() + " recovery codes left");
			return Outcome.RECOVERY_CODE;
		}
		return Outcome.REFUSED;
	}

}
