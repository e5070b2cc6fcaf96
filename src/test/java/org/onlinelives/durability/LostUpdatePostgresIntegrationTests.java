package org.onlinelives.durability;

import org.onlinelives.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The lost-update test on PostgreSQL, in a schema of its own.
 */
@PostgresTest
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${ONLINELIVES_TEST_PG_DB:test}?currentSchema=lostupdate",
		"spring.flyway.schemas=lostupdate", "spring.flyway.default-schema=lostupdate" })
class LostUpdatePostgresIntegrationTests extends LostUpdateScenarios {

}
