package org.onlinelives.durability;

import org.onlinelives.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The concurrency tier on PostgreSQL, in a schema of its own.
 */
@PostgresTest
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${ONLINELIVES_TEST_PG_DB:test}?currentSchema=concurrency",
		"spring.flyway.schemas=concurrency", "spring.flyway.default-schema=concurrency" })
class ConcurrencyPostgresIntegrationTests extends ConcurrencyScenarios {

}
