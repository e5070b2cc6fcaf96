package org.onlinelives.durability;

import org.springframework.test.context.TestPropertySource;

/**
 * The lost-update test on H2, in a database of its own.
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:lostupdate;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class LostUpdateH2IntegrationTests extends LostUpdateScenarios {

}
