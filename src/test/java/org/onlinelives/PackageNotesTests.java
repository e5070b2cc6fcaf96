package org.onlinelives;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package says what it is for: a {@code package-info.java} whose Javadoc gives its
 * purpose, so someone new can find the room for a change without opening each class.
 */
class PackageNotesTests {

	private static final Path SOURCES = Path.of("src", "main", "java", "org", "onlinelives");

	@Test
	void everyPackageHasANoteSayingWhatItIsFor() throws IOException {
		List<Path> packages;
		try (Stream<Path> folders = Files.walk(SOURCES)) {
			packages = folders.filter(Files::isDirectory).filter(PackageNotesTests::holdsClasses).toList();
		}
		assertThat(packages).hasSizeGreaterThan(40);
		assertThat(packages).allSatisfy((folder) -> {
			Path note = folder.resolve("package-info.java");
			assertThat(note).as("package note of %s", folder).exists();
			assertThat(Files.readString(note)).as("purpose in %s", note)
				.containsPattern("/\\*\\*\\s*\\n?\\s*\\*?\\s*\\S");
		});
	}

	private static boolean holdsClasses(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch((file) -> file.toString().endsWith(".java"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
