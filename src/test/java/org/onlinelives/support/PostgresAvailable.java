package org.onlinelives.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether PostgreSQL answers. In CI its absence is a failure, never a skip.
 */
public class PostgresAvailable implements ExecutionCondition {

	/**
	 * The database tests use; {@code ONLINELIVES_TEST_PG_DB} lets parallel builds use one
	 * each.
	 */
	static final String DATABASE = System.getenv().getOrDefault("ONLINELIVES_TEST_PG_DB", "test");

	static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE + "?connectTimeout=3";

	private static volatile Boolean available;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (isAvailable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL is running");
		}
		if (Environment.isCi()) {
			throw new IllegalStateException("CI is set but PostgreSQL is not reachable at " + URL);
		}
		String reason = "PostgreSQL is not reachable at " + URL + ": skipping " + context.getDisplayName();
		System.out.println("SKIPPED: " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

	private static boolean isAvailable() {
		if (available == null) {
			try (Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
				available = connection.isValid(2);
			}
			catch (SQLException ex) {
				available = false;
			}
		}
		return available;
	}

}
