package org.onlinelives.platform.scheduling;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one node at a time. Every node's scheduler fires each job; the
 * node whose conditional update of the job's row in {@code scheduled_job_lock} succeeds
 * runs it, the others skip it. Times are the database's, so nodes whose clocks differ
 * still agree. A node that dies mid-run holds the job until {@link Cadence#atMostFor()}
 * has passed; after a run the job stays held for {@link Cadence#atLeastFor()}, so a node
 * whose scheduler fires a few seconds late does not run it again.
 *
 * <p>
 * Every {@code @Scheduled} method in the application calls
 * {@link #runOnOneNode(String, Cadence, Runnable)} (an architecture test checks it). Runs
 * and skips are counted in the {@code onlinelives.scheduled.job.runs} metric.
 */
@Component
public class JobLocks {

	/** How often a job runs, and so how long its lock is held. */
	public enum Cadence {

		/** Once a day: held at most 12 hours if a node dies, at least 10 minutes. */
		DAILY(Duration.ofHours(12), Duration.ofMinutes(10)),
		/** Every minute: held at most 10 minutes if a node dies, at least 30 seconds. */
		EVERY_MINUTE(Duration.ofMinutes(10), Duration.ofSeconds(30));

		private final Duration atMostFor;

		private final Duration atLeastFor;

		Cadence(Duration atMostFor, Duration atLeastFor) {
			this.atMostFor = atMostFor;
			this.atLeastFor = atLeastFor;
		}

		public Duration atMostFor() {
			return this.atMostFor;
		}

		public Duration atLeastFor() {
			return this.atLeastFor;
		}

	}

	private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

	/** This process, as the operating system names it ("pid@host"). */
	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final MeterRegistry meters;

	JobLocks(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<MeterRegistry> meters) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		// the claim commits before the work starts, whatever the caller's transaction
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
	}

	/**
	 * Runs the work here unless another node holds the job; true if it ran here.
	 * @param job the job's name, the same on every node
	 * @param cadence how often the job runs
	 * @param work the job itself
	 */
	public boolean runOnOneNode(String job, Cadence cadence, Runnable work) {
		String claim = limit(NODE + " " + UUID.randomUUID());
		if (!claim(job, claim, cadence.atMostFor())) {
			log.debug("Scheduled job {}: held by another node, skipped here", job);
			count(job, "skipped");
			return false;
		}
		long started = System.nanoTime();
		boolean ran = false;
		try {
			work.run();
			ran = true;
		}
		finally {
			release(job, claim, cadence.atLeastFor());
			count(job, ran ? "ran" : "failed");
			log.debug("Scheduled job {}: {} on {} in {} ms", job, ran ? "ran" : "failed", NODE,
					(System.nanoTime() - started) / 1_000_000);
		}
		return true;
	}

	private boolean claim(String job, String claim, Duration atMostFor) {
		try {
			Boolean claimed = this.ownTransaction.execute((status) -> this.jdbc.sql("""
					update scheduled_job_lock
					set lock_until = current_timestamp + cast(:seconds as integer) * interval '1' second,
					    locked_at = current_timestamp, locked_by = :claim
					where name = :job and lock_until <= current_timestamp""")
				.param("seconds", atMostFor.toSeconds())
				.param("claim", claim)
				.param("job", job)
				.update() == 1 || firstClaim(job, claim, atMostFor));
			return Boolean.TRUE.equals(claimed);
		}
		catch (DuplicateKeyException | ConcurrencyFailureException anotherNodeClaimedIt) {
			return false;
		}
	}

	/** The first run of a job anywhere adds its row. */
	private boolean firstClaim(String job, String claim, Duration atMostFor) {
		return this.jdbc.sql("""
				insert into scheduled_job_lock (name, lock_until, locked_at, locked_by)
				select :job, current_timestamp + cast(:seconds as integer) * interval '1' second,
				       current_timestamp, :claim
				where not exists (select 1 from scheduled_job_lock where name = :job)""")
			.param("job", job)
			.param("seconds", atMostFor.toSeconds())
			.param("claim", claim)
			.update() == 1;
	}

	private void release(String job, String claim, Duration atLeastFor) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
				update scheduled_job_lock
				set lock_until = greatest(locked_at + cast(:seconds as integer) * interval '1' second,
				                          current_timestamp)
				where name = :job and locked_by = :claim""")
			.param("seconds", atLeastFor.toSeconds())
			.param("job", job)
			.param("claim", claim)
			.update());
	}

	private void count(String job, String outcome) {
		Counter.builder("onlinelives.scheduled.job.runs")
			.description("Scheduled job runs on this node: ran, failed, or skipped because another node held it")
			.tag("job", job)
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

	private static String limit(String value) {
		return (value.length() <= 255) ? value : value.substring(0, 255);
	}

}
