package org.onlinelives.platform.web;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * How many PDFs and exports one person may download a minute: each is built on the server
 * and can be large, so a loop (or a stolen session) must not tie the server up. A token
 * bucket per person (Bucket4j) lets a short burst through and then one more as each
 * minute's allowance refills. Buckets live in this node's memory: with several nodes a
 * person can reach the limit on each, which still bounds the load per node.
 */
final class DownloadLimits {

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	private final TimeMeter time;

	DownloadLimits(int perMinute, TimeMeter time) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("onlinelives.downloads.max-per-minute must be 1 or more");
		}
		this.perMinute = perMinute;
		this.time = time;
	}

	/**
	 * Takes one download from the person's allowance; empty when allowed, otherwise how
	 * many whole seconds to wait.
	 */
	OptionalLong take(long userId) {
		ConsumptionProbe probe = this.buckets.computeIfAbsent(userId, (id) -> newBucket())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return OptionalLong.empty();
		}
		long nanos = probe.getNanosToWaitForRefill();
		return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
	}

	int perMinute() {
		return this.perMinute;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.perMinute).refillGreedy(this.perMinute, Duration.ofMinutes(1)))
			.withCustomTimePrecision(this.time)
			.build();
	}

}
