package org.onlinelives.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing from one network address across many accounts: after too many
 * failures in the window, that address may not try again until the window has passed.
 * Per-account lockout is separate ({@link SignInRecorder}).
 */
@Component
public class SignInThrottle {

	private static final int MAX_TRACKED_ADDRESSES = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final SecurityProperties.Throttle settings;

	private final Clock clock;

	SignInThrottle(SecurityProperties properties, Clock clock) {
		this.settings = properties.throttle();
		this.clock = clock;
	}

	public boolean isBlocked(String address) {
		Deque<Instant> recent = this.failures.get(address);
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			forgetOld(recent);
			return recent.size() >= this.settings.maxFailuresPerAddress();
		}
	}

	public void recordFailure(String address) {
		if (this.failures.size() > MAX_TRACKED_ADDRESSES) {
			forgetQuietAddresses();
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (recent) {
			forgetOld(recent);
			recent.addLast(this.clock.instant());
		}
	}

	/**
	 * Drops addresses with no failure left in the window; addresses still being throttled
	 * stay.
	 */
	private void forgetQuietAddresses() {
		this.failures.entrySet().removeIf((entry) -> {
			synchronized (entry.getValue()) {
				forgetOld(entry.getValue());
				return entry.getValue().isEmpty();
			}
		});
	}

	private void forgetOld(Deque<Instant> recent) {
		Instant cutOff = this.clock.instant().minus(this.settings.window());
		while (!recent.isEmpty() && recent.peekFirst().isBefore(cutOff)) {
			recent.removeFirst();
		}
	}

}
