package org.onlinelives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL migration that builds an index concurrently waits for every transaction
 * open when it starts. Under Flyway's default lock, held in a transaction, that includes
 * the lock's own, and start-up waits for ever instead of failing: such migrations need
 * the session-level lock the application sets.
 */
class ConcurrentIndexMigrationTests {

	@Test
	void migrationsThatBuildIndexesConcurrentlyRunUnderASessionLevelLock() throws IOException {
		List<String> concurrent = new ArrayList<>();
		for (Resource migration : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/postgresql/*.sql")) {
			try (InputStream in = migration.getInputStream()) {
				String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
				if (sql.contains("create index concurrently")) {
					concurrent.add(migration.getFilename());
				}
			}
		}
		Properties application = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			application.load(in);
		}

		assertThat(concurrent).contains("V183__access_log_indexes_for_every_filter.sql");
		assertThat(application.getProperty("spring.flyway.postgresql.transactional-lock")).isEqualTo("false");
	}

}
