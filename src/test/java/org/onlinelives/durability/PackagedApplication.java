package org.onlinelives.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar, ready for tests that start and kill it many times. It is extracted
 * once with Spring Boot's {@code jarmode=tools} and a class-data-sharing archive is
 * recorded from one start, as Spring Boot's documentation describes for production: each
 * start then loads its classes from the archive instead of the nested jar (about half the
 * start-up time on a 2-core machine). The application code is the same bytes as the jar.
 * If the archive cannot be made, starts go on without it.
 */
final class PackagedApplication {

	private static final Path FOLDER = Path.of("target", "crash-app").toAbsolutePath();

	private static final Path ARCHIVE = FOLDER.resolve("application.jsa");

	private static List<String> prefix;

	private PackagedApplication() {
	}

	/** The java command, up to the application's own arguments. */
	static synchronized List<String> javaCommand() throws Exception {
		if (prefix == null) {
			prefix = prepare();
		}
		return prefix;
	}

	private static List<String> prepare() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path jar = CrashScenarios.packagedJar();
		CrashScenarios.deleteTree(FOLDER.toFile());
		run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", FOLDER.toString()),
				FOLDER.getParent(), "extract");
		Path extracted = FOLDER.resolve(jar.getFileName());
		List<String> base = List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1");
		Path training = Files.createTempDirectory("online-lives-cds");
		List<String> record = new ArrayList<>(base);
		record.addAll(List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE, "-Dspring.context.exit=onRefresh", "-jar",
				extracted.toString(), "--server.port=0", "--spring.main.banner-mode=off"));
		run(record, training, "cds-training");
		CrashScenarios.deleteTree(training.toFile());
		List<String> command = new ArrayList<>(base);
		if (Files.isRegularFile(ARCHIVE)) {
			command.add("-XX:SharedArchiveFile=" + ARCHIVE);
		}
		command.addAll(List.of("-jar", extracted.toString()));
		return List.copyOf(command);
	}

	private static void run(List<String> command, Path directory, String name)
			throws IOException, InterruptedException {
		Path log = Path.of("target", "crash-app-" + name + ".log").toAbsolutePath();
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(name + " did not finish in 5 minutes; see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(name + " failed; see " + log);
		}
	}

}
