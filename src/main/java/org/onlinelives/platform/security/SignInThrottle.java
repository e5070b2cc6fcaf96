package org.onlinelives.platform.security;

import java.time.Clock;
import java.time.Instant;

import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.AttemptWindows.Kind;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing. Failures are counted per (address, account) pair, per account and
 * per address, each in a fixed window and in the database, so every node sees them. The
 * pair and account limits are low; the address limit is high, so that one council's
 * shared address is not locked out by a few colleagues' mistakes while a sweep across
 * many accounts from one address is still stopped. Per-account lockout is separate
 * ({@link SignInRecorder}).
 */
@Component
public class SignInThrottle {

	private final AttemptWindows windows;

	private final SecurityProperties.Throttle settings;

	private final Clock clock;

	SignInThrottle(AttemptWindows windows, SecurityProperties properties, Clock clock) {
		this.windows = windows;
		this.settings = properties.throttle();
		this.clock = clock;
	}

	public boolean isBlocked(String address, String email) {
		Instant window = currentWindow();
		String account = account(email);
		return this.windows.count(Kind.FAILED_PAIR, pair(address, account),
				window) >= this.settings.maxFailuresPerAddressAndAccount()
				|| this.windows.count(Kind.FAILED_ACCOUNT, account, window) >= this.settings.maxFailuresPerAccount()
				|| this.windows.count(Kind.FAILED_ADDRESS, address, window) >= this.settings.maxFailuresPerAddress();
	}

	public void recordFailure(String address, String email) {
		Instant window = currentWindow();
		String account = account(email);
		this.windows.increment(Kind.FAILED_PAIR, pair(address, account), window);
		this.windows.increment(Kind.FAILED_ACCOUNT, account, window);
		this.windows.increment(Kind.FAILED_ADDRESS, address, window);
	}

	/**
	 * Counts an attempt refused while throttled: one row per address and window, written
	 * to the access log as one summary once the window has closed.
	 */
	public void recordRefused(String address) {
		this.windows.increment(Kind.THROTTLED, address, currentWindow());
	}

	/**
	 * Counts an API call refused for a revoked or unknown token; true while the address
	 * is within the calls logged one by one in this window (the rest are summarised).
	 */
	public boolean countApiRefusal(String address) {
		return this.windows.increment(Kind.API_REFUSED, address,
				currentWindow()) <= AttemptSummaries.API_REFUSALS_LOGGED_PER_WINDOW;
	}

	private Instant currentWindow() {
		return AttemptWindows.windowStart(this.clock.instant(), this.settings.window());
	}

	private static String account(String email) {
		return (email != null) ? User.normaliseEmail(email) : "";
	}

	private static String pair(String address, String account) {
		return address + " " + account;
	}

}
