package org.onlinelives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database migrated by an earlier main, before a lower-numbered migration landed (V3
 * came after V10 and V20), still migrates with the application's Flyway settings.
 */
class MigrationOrderTests {

	@Test
	void aDatabaseMissingALowerVersionTakesItLater(@TempDir Path earlier) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String folder : new String[] { "common", "h2" }) {
			for (Resource migration : resolver.getResources("classpath:db/migration/" + folder + "/*.sql")) {
				String name = migration.getFilename();
				int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
				if (version != 3 && version <= 20) {
					try (InputStream in = migration.getInputStream()) {
						Files.copy(in, earlier.resolve(name));
					}
				}
			}
		}
		String url = "jdbc:h2:mem:migration-order-" + System.nanoTime()
				+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + earlier).load().migrate();

		Flyway now = Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.outOfOrder(applicationSetting("spring.flyway.out-of-order"))
			.load();
		now.migrate();

		assertThat(now.info().pending()).isEmpty();
		assertThat(now.info().applied()).extracting(MigrationInfo::getVersion)
			.extracting(Object::toString)
			.contains("3", "20");
	}

	private static boolean applicationSetting(String key) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MigrationOrderTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return Boolean.parseBoolean(properties.getProperty(key));
	}

}
