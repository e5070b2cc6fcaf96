package org.onlinelives.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * On PostgreSQL the test database outlives the run, so it is cleaned before migrating.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate(@Value("${onlinelives.test.clean-database:false}") boolean clean) {
		return (flyway) -> {
			if (clean) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
