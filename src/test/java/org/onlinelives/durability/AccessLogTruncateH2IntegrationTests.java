package org.onlinelives.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 7, item 2 on H2: TRUNCATE skips row triggers, so the migrations make H2 refuse
 * it; UPDATE and DELETE stay refused by the triggers.
 */
class AccessLogTruncateH2IntegrationTests {

	private static final String URL = "jdbc:h2:mem:truncate;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@Test
	void theAccessLogCannotBeTruncatedChangedOrEmptied() throws SQLException {
		Flyway.configure()
			.dataSource(URL, "sa", "")
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(URL, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.executeUpdate(
					"insert into access_log (occurred_at, event, detail) values (now(), 'SIGNED_OUT', 'keep me')");
			for (String sql : new String[] { "truncate table access_log", "delete from access_log",
					"update access_log set detail = 'changed'" }) {
				assertThatExceptionOfType(SQLException.class).as(sql).isThrownBy(() -> statement.execute(sql));
			}
			try (ResultSet rows = statement.executeQuery("select detail from access_log")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("keep me");
			}
		}
	}

}
