package org.onlinelives.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private Instant now = Instant.parse("2026-11-28T10:00:00Z");

	private final SignInThrottle throttle = new SignInThrottle(new SecurityProperties(5, Duration.ofMinutes(15),
			new SecurityProperties.Throttle(3, Duration.ofMinutes(10))), new Clock() {
				@Override
				public ZoneOffset getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}

				@Override
				public Instant instant() {
					return SignInThrottleTests.this.now;
				}
			});

	@Test
	void anAddressIsBlockedAtTheLimitAndNotBefore() {
		this.throttle.recordFailure("192.0.2.1");
		this.throttle.recordFailure("192.0.2.1");
		assertThat(this.throttle.isBlocked("192.0.2.1")).isFalse();
		this.throttle.recordFailure("192.0.2.1");
		assertThat(this.throttle.isBlocked("192.0.2.1")).isTrue();
	}

	@Test
	void otherAddressesAreUnaffected() {
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure("192.0.2.1");
		}
		assertThat(this.throttle.isBlocked("192.0.2.2")).isFalse();
	}

	@Test
	void failuresOutsideTheWindowAreForgotten() {
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure("192.0.2.1");
		}
		this.now = this.now.plus(Duration.ofMinutes(10)).plusSeconds(1);
		assertThat(this.throttle.isBlocked("192.0.2.1")).isFalse();
	}

}
