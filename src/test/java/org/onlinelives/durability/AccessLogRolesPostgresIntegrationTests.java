package org.onlinelives.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.onlinelives.support.PostgresAvailable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 7, item 2 on PostgreSQL: migrated by the owner role, the application's role can
 * add to and read the access log but not change, delete, truncate or unprotect it, nor
 * create tables; the retention functions delete only entries older than seven years, or
 * than the partnership's own access-log period.
 */
@ExtendWith(PostgresAvailable.class)
class AccessLogRolesPostgresIntegrationTests {

	private static final String SCHEMA = "accesslog_roles";

	@BeforeAll
	static void migrateAsOwner() throws SQLException {
		DatabaseRoles.freshSchema(SCHEMA);
		Flyway.configure()
			.configuration(DatabaseRoles.FLYWAY_AS_THE_APPLICATION)
			.dataSource(DatabaseRoles.url(SCHEMA), DatabaseRoles.OWNER, "")
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
			.placeholders(Map.of("appRole", DatabaseRoles.APP))
			.load()
			.migrate();
	}

	@Test
	void theApplicationRoleAddsAndReadsEntries() throws SQLException {
		try (Connection app = app(); Statement statement = app.createStatement()) {
			statement.executeUpdate(
					"insert into access_log (occurred_at, event, detail) values (now(), 'SIGNED_OUT', 'role test')");
			try (var rows = statement.executeQuery("select count(*) from access_log where detail = 'role test'")) {
				rows.next();
				assertThat(rows.getLong(1)).isPositive();
			}
		}
	}

	@Test
	void theApplicationRoleCannotChangeDeleteTruncateOrUnprotectTheLog() throws SQLException {
		try (Connection app = app(); Statement statement = app.createStatement()) {
			statement.executeUpdate(
					"insert into access_log (occurred_at, event, detail) values (now(), 'SIGNED_OUT', 'keep me')");
			for (String sql : new String[] { "update access_log set detail = 'changed'", "delete from access_log",
					"truncate table access_log", "drop trigger access_log_no_update on access_log",
					"alter table access_log disable trigger access_log_delete_only_expired", "drop table access_log",
					"create table escape_hatch (id int)",
					"select access_log_delete_before(now() - interval '1 year')" }) {
				assertThatExceptionOfType(SQLException.class).as(sql)
					.isThrownBy(() -> statement.execute(sql))
					.satisfies((ex) -> assertThat(ex.getSQLState()).as(sql + ": " + ex.getMessage())
						.isIn("42501", "42P01", "P0001"));
			}
			try (var rows = statement.executeQuery("select count(*) from access_log where detail = 'keep me'")) {
				rows.next();
				assertThat(rows.getLong(1)).isPositive();
			}
		}
	}

	@Test
	void retentionDeletesOnlyEntriesOlderThanSevenYears() throws SQLException {
		try (Connection owner = DriverManager.getConnection(DatabaseRoles.url(SCHEMA), DatabaseRoles.OWNER, "");
				Statement statement = owner.createStatement()) {
			// The triggers guard updates and deletes; the owner only back-dates two
			// entries.
			statement.executeUpdate("insert into access_log (occurred_at, event, detail) values "
					+ "(now() - interval '8 years', 'SIGNED_OUT', 'old'), (now() - interval '2 years', 'SIGNED_OUT', 'recent')");
		}
		try (Connection app = app(); Statement statement = app.createStatement()) {
			try (var deleted = statement.executeQuery("select access_log_delete_before(now() - interval '7 years')")) {
				deleted.next();
				assertThat(deleted.getLong(1)).isEqualTo(1);
			}
			try (var rows = statement.executeQuery(
					"select string_agg(detail, ',' order by detail) from access_log where detail in ('old', 'recent')")) {
				rows.next();
				assertThat(rows.getString(1)).isEqualTo("recent");
			}
		}
	}

	@Test
	void theRetentionJobsFunctionAgesOutOnePartnershipsEntriesPastItsOwnPeriodOnly() throws SQLException {
		long partnership;
		long other;
		try (Connection owner = DriverManager.getConnection(DatabaseRoles.url(SCHEMA), DatabaseRoles.OWNER, "");
				Statement statement = owner.createStatement()) {
			partnership = partnership(statement, "Two-year partnership");
			other = partnership(statement, "Seven-year partnership");
			statement.executeUpdate("insert into retention_period (partnership_id, record_type, years) values ("
					+ partnership + ", 'ACCESS_LOG', 2)");
			statement.executeUpdate("insert into access_log (occurred_at, partnership_id, event, detail) values "
					+ "(now() - interval '3 years', " + partnership + ", 'SIGNED_OUT', 'expired'), "
					+ "(now() - interval '1 year', " + partnership + ", 'SIGNED_OUT', 'kept'), "
					+ "(now() - interval '3 years', " + other + ", 'SIGNED_OUT', 'other partnership')");
		}
		try (Connection app = app(); Statement statement = app.createStatement()) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement
					.executeQuery("select access_log_delete_expired(" + partnership + ", now() - interval '1 year')"))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("P0001"));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement
					.executeQuery("select access_log_delete_expired(" + other + ", now() - interval '2 years')"))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("P0001"));
			try (var deleted = statement
				.executeQuery("select access_log_delete_expired(" + partnership + ", now() - interval '2 years')")) {
				deleted.next();
				assertThat(deleted.getLong(1)).isEqualTo(1);
			}
			try (var rows = statement.executeQuery("select string_agg(detail, ',' order by detail) from access_log "
					+ "where partnership_id in (" + partnership + ", " + other + ")")) {
				rows.next();
				assertThat(rows.getString(1)).isEqualTo("kept,other partnership");
			}
		}
	}

	private static long partnership(Statement statement, String name) throws SQLException {
		try (var id = statement
			.executeQuery("insert into partnership (name, created_at) values ('" + name + "', now()) returning id")) {
			id.next();
			return id.getLong(1);
		}
	}

	private static Connection app() throws SQLException {
		return DriverManager.getConnection(DatabaseRoles.url(SCHEMA), DatabaseRoles.APP, "");
	}

}
