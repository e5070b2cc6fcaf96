package org.onlinelives.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection settings ({@code onlinelives.security.*}).
 */
@ConfigurationProperties("onlinelives.security")
public record SecurityProperties(int maxFailedAttempts, Duration lockout, Throttle throttle) {

	/**
	 * Failed sign-ins allowed in each window: from one address for one account, for one
	 * account from anywhere, and from one address for any account.
	 */
	public record Throttle(int maxFailuresPerAddressAndAccount, int maxFailuresPerAccount, int maxFailuresPerAddress,
			Duration window) {
	}

}
