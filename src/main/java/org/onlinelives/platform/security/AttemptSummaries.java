package org.onlinelives.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.scheduling.JobLocks;
import org.onlinelives.platform.scheduling.JobLocks.Cadence;
import org.onlinelives.platform.security.AttemptWindows.Closed;
import org.onlinelives.platform.security.AttemptWindows.Kind;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Once a window has closed, writes one access-log row per address for the sign-in
 * attempts refused while throttled, and for the refused API calls beyond those logged one
 * by one. A flood therefore costs one row per address and window, however large it is.
 * Also forgets failure counts that no longer matter.
 */
@Service
public class AttemptSummaries {

	/**
	 * Refused API calls from one address logged one by one in each window; the rest are
	 * counted and summarised.
	 */
	public static final int API_REFUSALS_LOGGED_PER_WINDOW = 20;

	/** Summary counts stay for the sign-in failures page's longest period. */
	private static final Duration KEEP_SUMMARIES = Duration.ofDays(366);

	private final AttemptWindows windows;

	private final AccessLog accessLog;

	private final Duration window;

	private final Clock clock;

	private final JobLocks jobs;

	AttemptSummaries(AttemptWindows windows, AccessLog accessLog, SecurityProperties properties, Clock clock,
			JobLocks jobs) {
		this.jobs = jobs;
		this.windows = windows;
		this.accessLog = accessLog;
		this.window = properties.throttle().window();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void summariseNow() {
		this.jobs.runOnOneNode("attempt-summaries", Cadence.EVERY_MINUTE, () -> summarise(this.clock.instant()));
	}

	/** Summarises every window closed by {@code now}; returns how many rows it wrote. */
	public int summarise(Instant now) {
		Instant lastClosedStart = AttemptWindows.windowStart(now, this.window).minus(this.window);
		int written = 0;
		for (Closed closed : this.windows.closedUnsummarised(List.of(Kind.THROTTLED, Kind.API_REFUSED),
				lastClosedStart)) {
			if (closed.kind() == Kind.API_REFUSED && closed.attempts() <= API_REFUSALS_LOGGED_PER_WINDOW) {
				// each was logged as it happened
				this.windows.markSummarised(closed);
				continue;
			}
			if (this.windows.markSummarised(closed)) {
				this.accessLog.recordFor(null, null, null, null, event(closed), detail(closed));
				written++;
			}
		}
		this.windows.forget(List.of(Kind.FAILED_PAIR, Kind.FAILED_ACCOUNT, Kind.FAILED_ADDRESS),
				lastClosedStart.minus(this.window));
		this.windows.forget(List.of(Kind.THROTTLED, Kind.API_REFUSED), now.minus(KEEP_SUMMARIES));
		return written;
	}

	private static AccessEvent event(Closed closed) {
		return (closed.kind() == Kind.THROTTLED) ? AccessEvent.SIGN_IN_THROTTLED : AccessEvent.API_TOKEN_REFUSED;
	}

	private String detail(Closed closed) {
		Instant end = closed.windowStart().plus(this.window);
		String period = " between " + closed.windowStart().truncatedTo(ChronoUnit.SECONDS) + " and "
				+ end.truncatedTo(ChronoUnit.SECONDS);
		if (closed.kind() == Kind.THROTTLED) {
			return "From " + closed.subject() + ": " + closed.attempts() + " sign-in attempts refused while throttled"
					+ period;
		}
		return "From " + closed.subject() + ": " + closed.attempts()
				+ " API calls refused for a revoked or unknown token" + period + " (the first "
				+ API_REFUSALS_LOGGED_PER_WINDOW + " logged one by one)";
	}

}
