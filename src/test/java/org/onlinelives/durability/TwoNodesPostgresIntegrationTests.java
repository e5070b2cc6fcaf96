package org.onlinelives.durability;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.onlinelives.OnlineLivesApplication;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.PostgresAvailable;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 4: two nodes of the application, each a whole application context on its
 * own random port, over one PostgreSQL database (schema {@code twonodes} of the test
 * database), called over real HTTP as a load balancer without sticky sessions would call
 * them: each request goes to whichever node the test picks, with the same cookies. A
 * session begun on one node carries on on the other (second factor, CSRF tokens and flash
 * messages included); failed passwords on both nodes add up to one lockout; and a
 * scheduled job that both nodes' schedulers fire at once runs on one of them.
 */
@ExtendWith(PostgresAvailable.class)
class TwoNodesPostgresIntegrationTests {

	private static final String DATABASE = System.getenv().getOrDefault("ONLINELIVES_TEST_PG_DB", "test");

	private static final String SCHEMA = "twonodes";

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE + "?currentSchema=" + SCHEMA;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private static TestData data;

	private static JdbcClient jdbc;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
		// A migrates the schema; B starts on it as a second node would.
		nodeA = start(OnlineLivesApplication.class, TestData.class);
		nodeB = start(OnlineLivesApplication.class);
		data = nodeA.getBean(TestData.class);
		jdbc = nodeA.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stopBothNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
			if (node != null) {
				node.close();
			}
		}
	}

	private static ConfigurableApplicationContext start(Class<?>... sources) {
		return new SpringApplicationBuilder(sources).run("--server.port=0", "--spring.datasource.url=" + URL,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.default-schema=" + SCHEMA,
				"--spring.datasource.hikari.maximum-pool-size=4",
				"--onlinelives.metrics.password-hash=" + WebIntegrationTest.METRICS_PASSWORD_HASH,
				// registered with the scheduler but never due while the test runs: the
				// test
				// fires it itself
				"--onlinelives.retention.cron=0 0 0 29 2 *");
	}

	@Test
	void aSessionBegunOnOneNodeCarriesOnOnTheOtherThroughTheSecondFactor() throws Exception {
		Partnership partnership = data.partnership();
		TestData.UserWithSecret admin = data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);
		Agency agency = data.agency(partnership);
		Browser browser = new Browser();

		// the password on A ...
		browser.readCsrf(nodeA, "/sign-in");
		Answer password = browser.post(nodeA, "/sign-in",
				Map.of("email", admin.user().getEmail(), "password", TestData.PASSWORD));
		assertThat(password.location()).endsWith("/sign-in/code");
		String halfWay = browser.sessionCookie();

		// ... the code on B, which knows the sign-in is half-way (and its CSRF token)
		Answer codePage = browser.readCsrf(nodeB, "/sign-in/code");
		assertThat(codePage.status()).as("the second-factor page on B").isEqualTo(200);
		Answer code = browser.post(nodeB, "/sign-in/code", Map.of("code", TestData.currentCode(admin.secret())));
		assertThat(code.status()).isEqualTo(302);
		assertThat(code.location()).doesNotContain("/sign-in");
		assertThat(browser.sessionCookie()).as("a new session id once signed in").isNotEqualTo(halfWay);

		String hash = jdbc.sql("select password_hash from app_user where id = :id")
			.param("id", admin.user().getId())
			.query(String.class)
			.single();
		assertThat(jdbc
			.sql("select count(*) from spring_session_attributes "
					+ "where position(convert_to(:hash, 'UTF8') in attribute_bytes) > 0")
			.param("hash", hash.substring(hash.indexOf('$')))
			.query(Long.class)
			.single()).as("no password hash in the sessions table").isZero();

		// signed in on both
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			Answer users = browser.get(node, "/admin/users");
			assertThat(users.status()).as("/admin/users on " + name(node)).isEqualTo(200);
			assertThat(users.body()).contains(admin.user().getDisplayName());
		}

		// a form read on A is sent to B (its CSRF token is in the shared session), and
		// the page after the redirect, on A, shows what B flashed
		browser.readCsrf(nodeA, "/admin/invitations/new");
		String invited = "joiner-" + TestData.unique() + "@example.test";
		Answer invite = browser.post(nodeB, "/admin/invitations", Map.of("name", "Joiner", "email", invited, "agencyId",
				String.valueOf(agency.getId()), "roles", "PRACTITIONER"));
		assertThat(invite.location()).endsWith("/admin/invitations/sent");
		Answer sent = browser.get(nodeA, "/admin/invitations/sent");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(Jsoup.parse(sent.body()).select("#invitation-link").text()).contains("/invitations/");
		assertThat(sent.body()).contains(invited);

		// signing out on B signs out on A
		browser.readCsrf(nodeB, "/");
		assertThat(browser.post(nodeB, "/sign-out", Map.of()).location()).endsWith("/signed-out");
		Answer afterSignOut = browser.get(nodeA, "/admin/users");
		assertThat(afterSignOut.status()).isEqualTo(302);
		assertThat(afterSignOut.location()).endsWith("/sign-in");
	}

	@Test
	void aNewPasswordOnOneNodeSignsOutThePersonsOtherSessionOnTheOther() throws Exception {
		Partnership partnership = data.partnership();
		User practitioner = data.user(partnership, data.agency(partnership), Role.PRACTITIONER);
		Browser phone = signedIn(nodeA, practitioner);
		Browser laptop = signedIn(nodeB, practitioner);

		laptop.readCsrf(nodeB, "/account/password");
		String newPassword = "Seven green lanterns drift past the mill";
		Answer changed = laptop.post(nodeB, "/account/password",
				Map.of("currentPassword", TestData.PASSWORD, "password", newPassword, "confirmPassword", newPassword));
		assertThat(changed.location()).endsWith("/account");

		Answer phoneNext = phone.get(nodeA, "/account");
		assertThat(phoneNext.status()).isEqualTo(302);
		assertThat(phoneNext.location()).as("the other session, on node A").endsWith("/sign-in?expired");
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			assertThat(laptop.get(node, "/account").status()).as("this session, on " + name(node)).isEqualTo(200);
		}
	}

	@Test
	void fiveWrongPasswordsSpreadOverBothNodesLockTheAccount() throws Exception {
		Partnership partnership = data.partnership();
		User practitioner = data.user(partnership, data.agency(partnership), Role.PRACTITIONER);
		List<ConfigurableApplicationContext> nodes = List.of(nodeA, nodeB, nodeA, nodeB, nodeA);
		for (int attempt = 0; attempt < nodes.size(); attempt++) {
			// each attempt from a browser of its own, as a guesser's would be
			Browser guesser = new Browser();
			ConfigurableApplicationContext node = nodes.get(attempt);
			guesser.readCsrf(node, "/sign-in");
			Answer wrong = guesser.post(node, "/sign-in",
					Map.of("email", practitioner.getEmail(), "password", "wrong guess " + attempt));
			assertThat(wrong.location()).as("attempt %d on %s", attempt + 1, name(node)).endsWith("/sign-in?error");
			assertThat(locked(practitioner)).as("locked after %d failures", attempt + 1).isEqualTo(attempt == 4);
		}
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			Browser owner = new Browser();
			owner.readCsrf(node, "/sign-in");
			Answer right = owner.post(node, "/sign-in",
					Map.of("email", practitioner.getEmail(), "password", TestData.PASSWORD));
			assertThat(right.location()).as("the right password on " + name(node) + " while locked")
				.endsWith("/sign-in?error");
		}
		assertThat(jdbc.sql("select count(*) from access_log where user_id = :id and event = 'ACCOUNT_LOCKED'")
			.param("id", practitioner.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aScheduledJobFiredOnBothNodesAtOnceRunsOnOne() throws Exception {
		// both nodes' schedulers fire the daily retention job at the same moment ...
		fireOnBothNodesAtOnce("RetentionJob.deleteDue");
		// ... and a node whose clock is a little behind fires it again just after
		fireOnBothNodesAtOnce("RetentionJob.deleteDue");

		Map<String, Long> a = jobRuns(nodeA, "retention");
		Map<String, Long> b = jobRuns(nodeB, "retention");
		assertThat(a.getOrDefault("ran", 0L) + b.getOrDefault("ran", 0L)).as("runs, A %s, B %s", a, b).isEqualTo(1);
		assertThat(a.getOrDefault("skipped", 0L) + b.getOrDefault("skipped", 0L)).isEqualTo(3);
		assertThat(a.getOrDefault("failed", 0L) + b.getOrDefault("failed", 0L)).isZero();
		assertThat(
				jdbc.sql("select count(*) from scheduled_job_lock where name = 'retention'").query(Long.class).single())
			.isEqualTo(1);
	}

	private static Browser signedIn(ConfigurableApplicationContext node, User user) throws Exception {
		Browser browser = new Browser();
		browser.readCsrf(node, "/sign-in");
		Answer signIn = browser.post(node, "/sign-in", Map.of("email", user.getEmail(), "password", TestData.PASSWORD));
		assertThat(signIn.location()).as("signed in on " + name(node)).doesNotContain("/sign-in");
		return browser;
	}

	/**
	 * Runs the scheduled task whose method ends with {@code method} on both nodes at the
	 * same moment, exactly as each node's scheduler would run it.
	 */
	private static void fireOnBothNodesAtOnce(String method) throws Exception {
		List<Runnable> tasks = List.of(task(nodeA, method), task(nodeB, method));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService schedulers = Executors.newFixedThreadPool(tasks.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Runnable task : tasks) {
				running.add(schedulers.submit(() -> {
					start.await();
					task.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : running) {
				run.get();
			}
		}
		finally {
			schedulers.shutdownNow();
		}
	}

	private static Runnable task(ConfigurableApplicationContext node, String method) {
		List<Runnable> found = node.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.filter((task) -> task.toString().endsWith(method))
			.map((task) -> task.getRunnable())
			.toList();
		assertThat(found).as("the scheduled task " + method + " on " + name(node)).hasSize(1);
		return found.get(0);
	}

	/**
	 * The node's count of runs of a job by outcome, read from its metrics endpoint with
	 * the metrics credential.
	 */
	private static Map<String, Long> jobRuns(ConfigurableApplicationContext node, String job) throws Exception {
		HttpResponse<String> metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base(node) + "/actuator/prometheus"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("prometheus:" + WebIntegrationTest.METRICS_PASSWORD)
								.getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		Map<String, Long> runs = new LinkedHashMap<>();
		Matcher line = Pattern
			.compile("^onlinelives_scheduled_job_runs_total\\{([^}]*)} ([0-9.E]+)$", Pattern.MULTILINE)
			.matcher(metrics.body());
		while (line.find()) {
			String labels = line.group(1);
			if (labels.contains("job=\"" + job + "\"")) {
				Matcher outcome = Pattern.compile("outcome=\"([a-z]+)\"").matcher(labels);
				if (outcome.find()) {
					runs.merge(outcome.group(1), (long) Double.parseDouble(line.group(2)), Long::sum);
				}
			}
		}
		return runs;
	}

	private static boolean locked(User user) {
		return jdbc.sql("select locked_until is not null from app_user where id = :id")
			.param("id", user.getId())
			.query(Boolean.class)
			.single();
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static String name(ConfigurableApplicationContext node) {
		return (node == nodeA) ? "node A" : "node B";
	}

	record Answer(int status, String location, String body) {
	}

	/**
	 * One browser behind a load balancer: its cookies go with every request, to whichever
	 * node serves it; it keeps the last CSRF token a page gave it.
	 */
	static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private String csrf = "";

		String sessionCookie() {
			return this.cookies.get("JSESSIONID");
		}

		Answer readCsrf(ConfigurableApplicationContext node, String path) throws Exception {
			Answer page = get(node, path);
			Document document = Jsoup.parse(page.body());
			this.csrf = document.select("input[name=_csrf]").attr("value");
			return page;
		}

		Answer get(ConfigurableApplicationContext node, String path) throws Exception {
			return send(request(node, path).GET());
		}

		Answer post(ConfigurableApplicationContext node, String path, Map<String, String> fields) throws Exception {
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", this.csrf);
			String body = all.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base(node) + path))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "text/html");
			if (!this.cookies.isEmpty()) {
				builder.header("Cookie",
						this.cookies.entrySet()
							.stream()
							.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			return builder;
		}

		private Answer send(HttpRequest.Builder builder) throws Exception {
			HttpResponse<String> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				String pair = setCookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				String name = pair.substring(0, equals).strip();
				String value = pair.substring(equals + 1).strip();
				if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
