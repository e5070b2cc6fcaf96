package org.onlinelives.durability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 (and issue 7, item 11): the packaged application, started as a child process
 * on a free port, takes concurrent API writes; it is killed with SIGKILL mid-stream,
 * started again on the same data, and every young person it acknowledged with 201 Created
 * must be there. {@link #KILLS} kills of {@link #WRITES_PER_KILL} acknowledged writes
 * each. Subclasses say which database: the embedded default (H2 in {@code ./data} of the
 * child's working directory, exactly as {@code java -jar} runs it) or PostgreSQL.
 * <p>
 * Failsafe runs in the {@code integration-test} phase, after {@code package}, so the jar
 * is always there.
 */
abstract class CrashScenarios {

	static final int KILLS = 5;

	static final int WRITES_PER_KILL = 200;

	static final int WRITERS = 8;

	private static final Duration START_TIMEOUT = Duration.ofSeconds(480);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	/** A JDBC URL the test can open while the application is stopped. */
	abstract String seedUrl();

	abstract String databaseUser();

	abstract String flywayVendorLocation();

	/** Removes whatever an earlier run left. */
	abstract void cleanDatabase(Path workingDirectory) throws Exception;

	/** Settings for the child process, beyond the port. */
	abstract List<String> applicationArguments();

	void configureFlyway(org.flywaydb.core.api.configuration.FluentConfiguration flyway) {
	}

	@Test
	void everyWriteAcknowledgedBeforeAKillIsThereAfterARestart() throws Exception {
		Path workingDirectory = Files.createTempDirectory("online-lives-crash");
		cleanDatabase(workingDirectory);
		String token = seed();
		List<String> figures = new ArrayList<>();
		int lost = 0;
		int port = freePort();
		Process app = start(workingDirectory, port, 0);
		for (int kill = 1; kill <= KILLS; kill++) {
			Map<Long, String> acknowledged = new ConcurrentHashMap<>();
			long writingStarted = System.nanoTime();
			AtomicInteger unanswered = new AtomicInteger();
			writeUntilKilled(app, port, token, acknowledged, unanswered);
			double seconds = (System.nanoTime() - writingStarted) / 1e9;
			app = start(workingDirectory, port, kill);
			int found = 0;
			for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
				HttpResponse<String> read = send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/young-people/" + write.getKey()))
					.header("Authorization", "Bearer " + token)
					.GET(), port);
				if (read.statusCode() == 200 && read.body().contains("\"" + write.getValue() + "\"")) {
					found++;
				}
			}
			lost += acknowledged.size() - found;
			String figure = String.format(
					"kill %d: %d writes acknowledged with 201 (%.0f/s, %d in flight at the kill), "
							+ "%d found after restart",
					kill, acknowledged.size(), acknowledged.size() / seconds, unanswered.get(), found);
			System.out.println(getClass().getSimpleName() + " " + figure);
			figures.add(figure);
		}
		app.destroyForcibly().waitFor();
		String report = getClass().getSimpleName() + "\n" + String.join("\n", figures) + "\n";
		System.out.print(report);
		Files.writeString(Path.of("target", getClass().getSimpleName() + ".txt"), report);
		assertThat(lost).as(report).isZero();
	}

	/**
	 * Eight writers create young people until {@link #WRITES_PER_KILL} are acknowledged;
	 * then the process is killed with SIGKILL while the writers are still sending.
	 */
	private void writeUntilKilled(Process app, int port, String token, Map<Long, String> acknowledged,
			AtomicInteger unanswered) throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		try {
			for (int w = 0; w < WRITERS; w++) {
				writers.submit(() -> {
					while (!killed.get()) {
						String reference = "CRASH-" + UUID.randomUUID().toString().substring(0, 18);
						try {
							HttpResponse<String> created = send(HttpRequest
								.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/young-people"))
								.header("Authorization", "Bearer " + token)
								.header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString("{\"caseReference\":\"" + reference
										+ "\",\"age\":15,\"gender\":\"NOT_KNOWN\",\"referralSource\":\"SELF\"}")),
									port);
							if (created.statusCode() == 201) {
								String location = created.headers().firstValue("Location").orElseThrow();
								acknowledged.put(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)),
										reference);
							}
						}
						catch (IOException ex) {
							unanswered.incrementAndGet();
						}
					}
					return null;
				});
			}
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (acknowledged.size() < WRITES_PER_KILL && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertThat(acknowledged.size()).as("writes acknowledged before the kill")
				.isGreaterThanOrEqualTo(WRITES_PER_KILL);
			app.toHandle().destroyForcibly();
			app.waitFor();
			killed.set(true);
		}
		finally {
			writers.shutdown();
			writers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request, int port) throws IOException {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private Process start(Path workingDirectory, int port, int run) throws Exception {
		List<String> command = new ArrayList<>(PackagedApplication.javaCommand());
		command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
		command.addAll(applicationArguments());
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", getClass().getSimpleName() + "-run" + run + ".log").toFile())
			.start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive())
				.as("the application exited; see target/%s-run%d.log", getClass().getSimpleName(), run)
				.isTrue();
			try {
				if (send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET(),
						port)
					.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new AssertionError("The application did not start within " + START_TIMEOUT);
	}

	/** Migrates the empty database and adds a practitioner with an API token. */
	private String seed() throws Exception {
		org.flywaydb.core.api.configuration.FluentConfiguration flyway = Flyway.configure()
			.dataSource(seedUrl(), databaseUser(), "")
			.locations("classpath:db/migration/common", "classpath:db/migration/" + flywayVendorLocation());
		configureFlyway(flyway);
		flyway.load().migrate();
		String secret = "olt_crash" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(seedUrl(), databaseUser(), "")) {
			OffsetDateTime now = OffsetDateTime.now();
			long partnership = insert(connection,
					"insert into partnership (name, created_at) values ('Crash test partnership', ?)", now);
			long agency = insert(connection, "insert into agency (partnership_id, name, type) values (" + partnership
					+ ", 'Crash test agency', 'CHILDRENS_SOCIAL_CARE')");
			long user = insert(connection,
					"insert into app_user (partnership_id, agency_id, email, display_name, password_hash, created_at) "
							+ "values (" + partnership + ", " + agency
							+ ", 'crash@example.test', 'Crash Test', '{noop}unused', ?)",
					now);
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("insert into user_role (user_id, role) values (" + user + ", 'PRACTITIONER')");
			}
			try (PreparedStatement token = connection.prepareStatement(
					"insert into api_token (user_id, partnership_id, name, token_hash, created_at) values (?, ?, 'Crash test', ?, ?)")) {
				token.setLong(1, user);
				token.setLong(2, partnership);
				token.setString(3, HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
				token.setObject(4, now);
				token.executeUpdate();
			}
		}
		return secret;
	}

	private static long insert(Connection connection, String sql, Object... values) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" })) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files
				.filter((file) -> file.getFileName().toString().matches("online-lives-.*\\.jar")
						&& !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.map(Path::toAbsolutePath)
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target: run ./mvnw verify"));
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void deleteTree(File file) {
		File[] children = file.listFiles();
		if (children != null) {
			for (File child : children) {
				deleteTree(child);
			}
		}
		file.delete();
	}

}
