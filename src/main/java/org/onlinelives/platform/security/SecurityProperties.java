package org.onlinelives.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection settings ({@code onlinelives.security.*}).
 */
@ConfigurationProperties("onlinelives.security")
public record SecurityProperties(int maxFailedAttempts, Duration lockout, Throttle throttle) {

	public record Throttle(int maxFailuresPerAddress, Duration window) {
	}

}
