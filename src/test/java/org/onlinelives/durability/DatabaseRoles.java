package org.onlinelives.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The two PostgreSQL roles the README describes, made for tests: an owner that runs the
 * migrations and owns the schema, and the application's role with only the grants
 * afterMigrate.sql gives it. Names carry "durability" so they cannot clash with a real
 * installation's roles.
 */
final class DatabaseRoles {

	static final String OWNER = "durability_owner";

	static final String APP = "durability_app";

	static final String DATABASE = System.getenv().getOrDefault("ONLINELIVES_TEST_PG_DB", "test");

	/**
	 * Flyway's PostgreSQL settings as application.properties sets them: a lock held in a
	 * transaction would be one that CREATE INDEX CONCURRENTLY (V183) waits for, for ever.
	 */
	static final Map<String, String> FLYWAY_AS_THE_APPLICATION = Map.of("flyway.postgresql.transactional.lock",
			"false");

	private DatabaseRoles() {
	}

	static String url(String schema) {
		return "jdbc:postgresql://127.0.0.1:5432/" + DATABASE + "?currentSchema=" + schema;
	}

	/** A fresh schema owned by the owner role, both roles created if missing. */
	static void freshSchema(String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url("public"), "postgres", "");
				Statement statement = connection.createStatement()) {
			for (String role : new String[] { OWNER, APP }) {
				statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role
						+ "') then create role " + role + " login; end if; end $$");
			}
			statement.execute("drop schema if exists " + schema + " cascade");
			statement.execute("create schema " + schema + " authorization " + OWNER);
		}
	}

}
