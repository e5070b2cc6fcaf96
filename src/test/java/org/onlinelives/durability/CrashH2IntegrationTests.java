package org.onlinelives.durability;

import java.nio.file.Path;
import java.util.List;

/**
 * The crash test on the embedded default: the child runs with no database settings, so it
 * uses {@code application.properties}' H2 file in {@code ./data} of its working
 * directory.
 */
class CrashH2IntegrationTests extends CrashScenarios {

	private Path directory;

	@Override
	String seedUrl() {
		// The same file and modes as the application's default URL.
		return "jdbc:h2:file:" + this.directory.resolve("data/onlinelives").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	@Override
	String databaseUser() {
		return "sa";
	}

	@Override
	String flywayVendorLocation() {
		return "h2";
	}

	@Override
	void cleanDatabase(Path workingDirectory) {
		this.directory = workingDirectory;
		deleteTree(workingDirectory.resolve("data").toFile());
	}

	@Override
	List<String> applicationArguments() {
		return List.of();
	}

}
