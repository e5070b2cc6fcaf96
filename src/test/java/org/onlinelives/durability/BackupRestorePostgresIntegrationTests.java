package org.onlinelives.durability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

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
import org.onlinelives.support.PostgresTest;
import org.onlinelives.support.TestData;
import org.onlinelives.support.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, item 10: the README's PostgreSQL backup and restore, drilled. A populated
 * database (schema {@code backup_drill}) is dumped with {@code pg_dump}, restored with
 * {@code pg_restore} into a fresh database, and every table's row count and checksum (an
 * MD5 of all its rows in order) must match. The scheduled jobs are off: a job taking its
 * lock between the dump and the count would change the original after it was copied.
 */
@PostgresTest
@SpringBootTest
@Import({ TestData.class, TestDatabaseConfiguration.class })
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${ONLINELIVES_TEST_PG_DB:test}?currentSchema=backup_drill",
		"spring.flyway.schemas=backup_drill", "spring.flyway.default-schema=backup_drill",
		"onlinelives.scheduling.enabled=false" })
class BackupRestorePostgresIntegrationTests {

	private static final String SCHEMA = "backup_drill";

	private static final String RESTORED = DatabaseRoles.DATABASE + "_restored";

	@Autowired
	TestData data;

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditQa qa;

	@Autowired
	YoungPeopleService youngPeople;

	@Test
	void aRestoredBackupHasEveryRowOfEveryTable() throws Exception {
		SelfAuditWorld world = new SelfAuditWorld(this.data, this.selfAudits, this.qa);
		world.signedOff(world.submitted());
		User practitioner = this.data.user(world.partnership, world.agency, Role.PRACTITIONER);
		for (int i = 0; i < 5; i++) {
			this.youngPeople.create(new SignedInUser(practitioner, false, false),
					new YoungPersonDetails("DRILL-" + TestData.unique(), null, 12 + i, Gender.NOT_KNOWN, true,
							List.of(), ReferralSource.SCHOOL, java.util.Set.of()));
		}

		Path dump = Files.createTempFile("online-lives-backup", ".dump");
		run("pg_dump", "--format=custom", "--no-owner", "--schema=" + SCHEMA, "--file=" + dump, "--host=127.0.0.1",
				"--username=postgres", DatabaseRoles.DATABASE);
		try (Connection admin = DriverManager.getConnection(DatabaseRoles.url("public"), "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + RESTORED);
			statement.execute("create database " + RESTORED);
		}
		run("pg_restore", "--exit-on-error", "--no-owner", "--host=127.0.0.1", "--username=postgres",
				"--dbname=" + RESTORED, dump.toString());

		Map<String, String> original = fingerprints(DatabaseRoles.DATABASE);
		Map<String, String> restored = fingerprints(RESTORED);
		System.out.printf("Backup and restore drill: %d tables, %d rows compared%n", original.size(),
				original.values().stream().mapToLong((value) -> Long.parseLong(value.split(" ")[0])).sum());
		assertThat(original).as("tables with rows")
			.containsKeys("access_log", "audit", "audit_statement", "young_person", "app_user");
		assertThat(original.get("access_log")).doesNotStartWith("0 ");
		assertThat(original.get("audit_statement")).doesNotStartWith("0 ");
		assertThat(restored).isEqualTo(original);
		Files.deleteIfExists(dump);
	}

	/** Each table's row count and the MD5 of its rows, as text, in order. */
	private static Map<String, String> fingerprints(String database) throws SQLException {
		Map<String, String> result = new TreeMap<>();
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database + "?currentSchema=" + SCHEMA, "postgres", "");
				Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = statement
				.executeQuery("select table_name from information_schema.tables where table_schema = '" + SCHEMA
						+ "' and table_type = 'BASE TABLE' order by table_name")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rows = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|' "
						+ "order by t::text)), '') from " + SCHEMA + "." + table + " t")) {
					rows.next();
					result.put(table, rows.getLong(1) + " " + rows.getString(2));
				}
			}
		}
		return result;
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
	}

}
