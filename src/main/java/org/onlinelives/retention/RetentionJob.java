package org.onlinelives.retention;

import org.onlinelives.platform.scheduling.JobLocks;
import org.onlinelives.platform.scheduling.JobLocks.Cadence;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention schedule's deletion once a day (02:30 UTC by default,
 * {@code onlinelives.retention.cron}; "-" switches it off), on one node only.
 */
@Component
class RetentionJob {

	private final RetentionService retention;

	private final JobLocks jobs;

	RetentionJob(RetentionService retention, JobLocks jobs) {
		this.retention = retention;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${onlinelives.retention.cron:0 30 2 * * *}", zone = "UTC")
	void deleteDue() {
		this.jobs.runOnOneNode("retention", Cadence.DAILY, this.retention::deleteDue);
	}

}
