package org.onlinelives.platform.security;

import org.onlinelives.platform.scheduling.JobLocks;
import org.onlinelives.platform.scheduling.JobLocks.Cadence;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes sessions idle past their timeout, once a minute on one node. Spring Session's
 * own clean-up scheduler is switched off ({@code spring.session.jdbc.cleanup-cron=-}) so
 * that every scheduled job goes through {@link JobLocks}.
 */
@Component
class SessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	private final JobLocks jobs;

	SessionCleanup(JdbcIndexedSessionRepository sessions, JobLocks jobs) {
		this.sessions = sessions;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${onlinelives.sessions.cleanup-cron:0 * * * * *}")
	void deleteExpired() {
		this.jobs.runOnOneNode("expired-sessions", Cadence.EVERY_MINUTE, this.sessions::cleanUpExpiredSessions);
	}

}
