package org.onlinelives.platform.accesslog;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Spring's JDBC transaction manager, which, once a transaction has given its connection
 * back to the pool, writes the access-log entries that were waiting for it (see
 * {@link AccessLog}). Nothing else changes.
 */
class ReleasingTransactionManager extends JdbcTransactionManager {

	private final transient AccessLog accessLog;

	ReleasingTransactionManager(DataSource dataSource, AccessLog accessLog) {
		super(dataSource);
		this.accessLog = accessLog;
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		super.doCleanupAfterCompletion(transaction);
		this.accessLog.writeAfterRelease();
	}

}
