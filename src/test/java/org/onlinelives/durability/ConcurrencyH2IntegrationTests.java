package org.onlinelives.durability;

import org.springframework.test.context.TestPropertySource;

/**
 * The concurrency tier on H2 (in memory, with the application's pool settings).
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:concurrency;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class ConcurrencyH2IntegrationTests extends ConcurrencyScenarios {

}
