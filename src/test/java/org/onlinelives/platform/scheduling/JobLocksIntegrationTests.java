package org.onlinelives.platform.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.onlinelives.platform.scheduling.JobLocks.Cadence;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The claim on a job's row in the database: one claimant at a time, held for a while
 * after a run, free again once its time has passed, and released even when the job fails.
 * (Two real nodes on PostgreSQL: {@code TwoNodesPostgresIntegrationTests}.)
 */
class JobLocksIntegrationTests extends WebIntegrationTest {

	@Autowired
	JobLocks jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void ofEightClaimantsFiringAtOnceOneRunsTheJob() throws Exception {
		String job = "test-" + TestData.unique();
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Boolean>> claims = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				claims.add(pool.submit(() -> {
					start.await();
					return this.jobs.runOnOneNode(job, Cadence.EVERY_MINUTE, runs::incrementAndGet);
				}));
			}
			start.countDown();
			int ranHere = 0;
			for (Future<Boolean> claim : claims) {
				ranHere += claim.get() ? 1 : 0;
			}
			assertThat(ranHere).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(runs).hasValue(1);
		assertThat(count(job, "ran")).isEqualTo(1);
		assertThat(count(job, "skipped")).isEqualTo(7);
	}

	@Test
	void aJobJustRunIsHeldForItsMinimumAndFreeOnceThatHasPassed() {
		String job = "test-" + TestData.unique();
		AtomicInteger runs = new AtomicInteger();
		assertThat(this.jobs.runOnOneNode(job, Cadence.DAILY, runs::incrementAndGet)).isTrue();
		// a node whose scheduler fires a little late does not run it again
		assertThat(this.jobs.runOnOneNode(job, Cadence.DAILY, runs::incrementAndGet)).isFalse();
		long heldSeconds = this.jdbc.sql("select lock_until, locked_at from scheduled_job_lock where name = :job")
			.param("job", job)
			.query((rs, row) -> java.time.Duration
				.between(rs.getObject(2, java.time.OffsetDateTime.class),
						rs.getObject(1, java.time.OffsetDateTime.class))
				.toSeconds())
			.single();
		assertThat(heldSeconds).isEqualTo(Cadence.DAILY.atLeastFor().toSeconds());

		passTime(job);
		assertThat(this.jobs.runOnOneNode(job, Cadence.DAILY, runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aFailedRunReleasesTheJobAndIsCounted() {
		String job = "test-" + TestData.unique();
		assertThatThrownBy(() -> this.jobs.runOnOneNode(job, Cadence.EVERY_MINUTE, () -> {
			throw new IllegalStateException("job failed");
		})).hasMessage("job failed");
		assertThat(count(job, "failed")).isEqualTo(1);
		String lockedBy = this.jdbc.sql("select locked_by from scheduled_job_lock where name = :job")
			.param("job", job)
			.query(String.class)
			.single();
		assertThat(lockedBy).contains(java.lang.management.ManagementFactory.getRuntimeMXBean().getName());
		passTime(job);
		assertThat(this.jobs.runOnOneNode(job, Cadence.EVERY_MINUTE, () -> {
		})).isTrue();
	}

	@Test
	void aNodeThatDiedHoldingTheJobKeepsItOnlyUntilItsLimit() {
		String job = "test-" + TestData.unique();
		this.jdbc.sql("""
				insert into scheduled_job_lock (name, lock_until, locked_at, locked_by)
				values (:job, current_timestamp + interval '1' hour, current_timestamp, 'a node that died')""")
			.param("job", job)
			.update();
		assertThat(this.jobs.runOnOneNode(job, Cadence.DAILY, () -> {
		})).isFalse();
		passTime(job);
		assertThat(this.jobs.runOnOneNode(job, Cadence.DAILY, () -> {
		})).isTrue();
	}

	private void passTime(String job) {
		this.jdbc
			.sql("update scheduled_job_lock set lock_until = current_timestamp - interval '1' second, "
					+ "locked_at = current_timestamp - interval '1' hour where name = :job")
			.param("job", job)
			.update();
	}

	private double count(String job, String outcome) {
		var counter = this.meters.find("onlinelives.scheduled.job.runs")
			.tag("job", job)
			.tag("outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

}
