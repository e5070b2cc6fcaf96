package org.onlinelives.platform.database;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Refreshes the query planner's statistics of tables just written in bulk (a generated
 * partnership, a rebuild of the case facts). Without them PostgreSQL plans as if the
 * tables were nearly empty until autovacuum next analyses them — or never, where
 * autovacuum is off — and a page that takes 60 ms took 30 s (perf/REPORT.md). On
 * PostgreSQL a role that does not own a table is warned and the table skipped, so the
 * least-privileged application role asks safely; autovacuum, on by default, covers it.
 */
@Component
public class TableStatistics {

	private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	TableStatistics(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
	}

	/** Analyses each table; a table name must be a constant of the caller's module. */
	public void refresh(String... tables) {
		for (String table : tables) {
			if (!table.matches("[a-z_]+")) {
				throw new IllegalArgumentException("Not a table name: " + table);
			}
			try {
				this.jdbc.execute(this.postgres ? "analyze " + table : "analyze table " + table);
			}
			catch (DataAccessException ex) {
				// statistics help the planner; failing to refresh them must not undo the
				// write they follow
				log.warn("Could not refresh the statistics of {}: {}", table, ex.getMessage());
			}
		}
	}

	/** Analyses every table (after a partnership is generated). */
	public void refreshAll() {
		try {
			this.jdbc.execute("analyze");
		}
		catch (DataAccessException ex) {
			log.warn("Could not refresh the database's statistics: {}", ex.getMessage());
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

}
