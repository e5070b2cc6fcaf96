package org.onlinelives.durability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onlinelives.OnlineLivesApplication;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.web.SelfAuditWorld;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 7, item 10 on the embedded database: the README's H2 backup and restore, run
 * exactly as the README writes them (its code block, through a shell, with the packaged
 * jar as {@code online-lives.jar}) on a database file the application populated and then
 * let go of. Every table's row count and checksum must match, and the restored access log
 * must still refuse changes.
 */
class BackupRestoreH2IntegrationTests {

	private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	private Path folder;

	@AfterEach
	void removeFolder() {
		if (this.folder != null) {
			CrashScenarios.deleteTree(this.folder.toFile());
		}
	}

	@Test
	void theReadmesCommandsRestoreEveryRowOfEveryTable() throws Exception {
		this.folder = Files.createTempDirectory("online-lives-h2-backup");
		populate("jdbc:h2:file:" + this.folder.resolve("data/onlinelives") + SETTINGS + ";WRITE_DELAY=0");
		Files.createSymbolicLink(this.folder.resolve("online-lives.jar"), CrashScenarios.packagedJar());

		run(readmeCommands());

		Map<String, String> original = fingerprints("data/onlinelives");
		Map<String, String> restored = fingerprints("restored/onlinelives");
		System.out.printf("H2 backup and restore drill: %d tables, %d rows compared%n", original.size(),
				original.values().stream().mapToLong((value) -> Long.parseLong(value.split(" ")[0])).sum());
		assertThat(original).as("tables with rows")
			.containsKeys("access_log", "audit", "audit_statement", "young_person", "app_user");
		assertThat(original.get("access_log")).doesNotStartWith("0 ");
		assertThat(original.get("young_person")).doesNotStartWith("0 ");
		assertThat(original.get("audit_statement")).doesNotStartWith("0 ");
		assertThat(restored).isEqualTo(original);

		try (Connection connection = open("restored/onlinelives"); Statement statement = connection.createStatement()) {
			for (String sql : List.of("update access_log set detail = 'changed'", "delete from access_log",
					"truncate table access_log")) {
				assertThatExceptionOfType(SQLException.class).as(sql).isThrownBy(() -> statement.execute(sql));
			}
		}
	}

	/**
	 * The application, started on its own database file, records a signed-off audit and
	 * young people, and is then closed so that the file is free, as the README asks.
	 */
	private static void populate(String url) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OnlineLivesApplication.class,
				TestData.class)
			.run("--server.port=0", "--spring.datasource.url=" + url, "--onlinelives.scheduling.enabled=false",
					"--onlinelives.metrics.password-hash=" + WebIntegrationTest.METRICS_PASSWORD_HASH)) {
			TestData data = app.getBean(TestData.class);
			SelfAuditWorld world = new SelfAuditWorld(data, app.getBean(SelfAudits.class), app.getBean(AuditQa.class));
			world.signedOff(world.submitted());
			User practitioner = data.user(world.partnership, world.agency, Role.PRACTITIONER);
			for (int i = 0; i < 5; i++) {
				app.getBean(YoungPeopleService.class)
					.create(new SignedInUser(practitioner, false, false),
							new YoungPersonDetails("DRILL-" + TestData.unique(), null, 12 + i, Gender.NOT_KNOWN, true,
									List.of(), ReferralSource.SCHOOL, java.util.Set.of()));
			}
		}
	}

	/** The README's code block that follows its H2 backup paragraph. */
	private static String readmeCommands() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		int paragraph = readme.indexOf("\nH2, with the application stopped");
		assertThat(paragraph).as("the README's H2 backup paragraph").isPositive();
		int start = readme.indexOf("```\n", paragraph) + 4;
		int end = readme.indexOf("```", start);
		String block = readme.substring(start, end);
		assertThat(block).contains("org.h2.tools.Script", "org.h2.tools.RunScript");
		return block;
	}

	private void run(String script) throws Exception {
		Process process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(this.folder.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(script + "\n" + output).isZero();
	}

	private Connection open(String database) throws SQLException {
		return DriverManager
			.getConnection("jdbc:h2:file:" + this.folder.resolve(database) + SETTINGS + ";IFEXISTS=TRUE", "sa", "");
	}

	/** Each table's row count and a SHA-256 of its rows as text, sorted. */
	private Map<String, String> fingerprints(String database) throws Exception {
		Map<String, String> result = new TreeMap<>();
		try (Connection connection = open(database); Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
					+ "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			for (String table : tables) {
				List<String> lines = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery("select * from public." + table)) {
					ResultSetMetaData meta = rows.getMetaData();
					while (rows.next()) {
						StringBuilder line = new StringBuilder();
						for (int column = 1; column <= meta.getColumnCount(); column++) {
							line.append(rows.getString(column)).append('|');
						}
						lines.add(line.toString());
					}
				}
				lines.sort(null);
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				lines.forEach((line) -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
				result.put(table, lines.size() + " " + HexFormat.of().formatHex(sha.digest()));
			}
		}
		return result;
	}

}
