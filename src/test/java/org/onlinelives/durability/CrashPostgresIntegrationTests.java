package org.onlinelives.durability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

import org.onlinelives.support.PostgresAvailable;

/**
 * The crash test on PostgreSQL (issue 7, item 11: 1,000 acknowledged writes over five
 * kills), in a schema of its own in the test database.
 */
@ExtendWith(PostgresAvailable.class)
class CrashPostgresIntegrationTests extends CrashScenarios {

	private static final String DATABASE = System.getenv().getOrDefault("ONLINELIVES_TEST_PG_DB", "test");

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE + "?currentSchema=crash";

	@Override
	String seedUrl() {
		return URL;
	}

	@Override
	String databaseUser() {
		return "postgres";
	}

	@Override
	String flywayVendorLocation() {
		return "postgresql";
	}

	@Override
	void configureFlyway(org.flywaydb.core.api.configuration.FluentConfiguration flyway) {
		flyway.configuration(DatabaseRoles.FLYWAY_AS_THE_APPLICATION)
			.schemas("crash")
			.defaultSchema("crash")
			.placeholders(java.util.Map.of("appRole", ""));
	}

	@Override
	void cleanDatabase(Path workingDirectory) throws Exception {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists crash cascade");
		}
	}

	@Override
	List<String> applicationArguments() {
		return List.of("--spring.datasource.url=" + URL, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.flyway.schemas=crash",
				"--spring.flyway.default-schema=crash");
	}

}
