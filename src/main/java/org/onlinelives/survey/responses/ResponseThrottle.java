package org.onlinelives.survey.responses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts submissions per link and per network address in a sliding window, in memory
 * only: the address is never written anywhere, and is forgotten when its window passes.
 */
@Component
public class ResponseThrottle {

	private final Map<String, Deque<Instant>> byLink = new ConcurrentHashMap<>();

	private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

	private final SurveyThrottleProperties limits;

	private final Clock clock;

	ResponseThrottle(SurveyThrottleProperties limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Takes one submission from both allowances, or refuses without taking any.
	 * @throws SubmissionRefusedException when either allowance is used up
	 */
	public synchronized void take(String linkCode, String address) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.limits.window());
		Deque<Instant> link = recent(this.byLink, linkCode, since);
		Deque<Instant> from = recent(this.byAddress, (address != null) ? address : "", since);
		if (link.size() >= this.limits.perLink() || from.size() >= this.limits.perAddress()) {
			throw new SubmissionRefusedException("survey.take.tooMany");
		}
		link.addLast(now);
		from.addLast(now);
		forgetOld(since);
	}

	private static Deque<Instant> recent(Map<String, Deque<Instant>> counts, String key, Instant since) {
		Deque<Instant> times = counts.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
			times.removeFirst();
		}
		return times;
	}

	private void forgetOld(Instant since) {
		for (Map<String, Deque<Instant>> counts : java.util.List.of(this.byLink, this.byAddress)) {
			counts.values().removeIf((times) -> {
				while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
					times.removeFirst();
				}
				return times.isEmpty();
			});
		}
	}

	/** How many addresses are held now (for tests: none outlive their window). */
	synchronized int addressesHeld() {
		return this.byAddress.size();
	}

}
