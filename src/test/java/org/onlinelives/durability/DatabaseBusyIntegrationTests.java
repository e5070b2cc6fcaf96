package org.onlinelives.durability;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.durability.Http.Timed;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.TestData;
import org.onlinelives.support.TestData.UserWithSecret;
import org.onlinelives.support.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 4: a request that cannot get a database connection within the pool's
 * connection timeout is answered 503 at once, with {@code Retry-After}: problem JSON for
 * the API and the service's "busy" page for pages, signed in or not, never a 500 and
 * never after a 30-second wait. The test holds every connection of a small pool itself,
 * then calls the service over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:busy;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.minimum-idle=3",
		"spring.datasource.hikari.connection-timeout=" + DatabaseBusyIntegrationTests.TIMEOUT_MILLIS })
@Import({ TestData.class, TestDatabaseConfiguration.class })
class DatabaseBusyIntegrationTests {

	static final long TIMEOUT_MILLIS = 1_000;

	/**
	 * However many times a request asks the pool before it gives up, it must answer
	 * within a few connection timeouts, far below Hikari's default of 30 seconds.
	 */
	private static final long ANSWERED_WITHIN_MILLIS = 5 * TIMEOUT_MILLIS;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApiTokenService tokens;

	@Test
	void withEveryConnectionTakenTheApiAndPagesAnswer503QuicklyAndRecoverOnceOneIsFree() throws Exception {
		String base = "http://localhost:" + this.port;
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		UserWithSecret lead = this.data.userWithSecondFactor(partnership, agency, Role.AGENCY_LEAD);
		Http api = Http.api(base, this.tokens.issue(new SignedInUser(lead.user(), false, false), "Busy test").secret());
		Timed created = api.json("POST", "/api/v1/young-people", ConcurrencyScenarios.youngPerson());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String personPath = "/young-people/" + JSON.readTree(created.body()).get("id").asLong();
		Http signedIn = Http.signedIn(base, lead.user().getEmail(), TestData.PASSWORD, lead.secret());
		Http signedOut = Http.api(base, null);

		List<Timed> answers = new ArrayList<>();
		List<Connection> held = holdEveryConnection();
		try {
			answers.add(api.get("/api/v1" + personPath));
			answers.add(api.json("POST", "/api/v1/young-people", ConcurrencyScenarios.youngPerson()));
			answers.add(signedIn.get(personPath));
			answers.add(signedIn.get("/young-people"));
			answers.add(signedOut.get("/sign-in"));
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}

		answers.forEach((answer) -> System.out.printf("Database busy: %s answered %d in %d ms%n", answer.call(),
				answer.status(), answer.millis()));
		for (Timed answer : answers) {
			assertThat(answer.status()).as(answer.call() + " " + answer.body()).isEqualTo(503);
			assertThat(answer.millis()).as(answer.call()).isLessThan(ANSWERED_WITHIN_MILLIS);
		}
		for (Timed answer : answers.subList(0, 2)) {
			assertThat(answer.contentType()).as(answer.call()).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(answer.body());
			assertThat(problem.get("status").asInt()).isEqualTo(503);
			assertThat(problem.get("detail").asString()).contains("Nothing was saved");
		}
		for (Timed answer : answers.subList(2, answers.size())) {
			assertThat(answer.contentType()).as(answer.call()).startsWith("text/html");
			Document page = Jsoup.parse(answer.body());
			assertThat(page.title()).as(answer.call()).isEqualTo("Sorry, the service is busy – Online Lives");
			assertThat(page.select("h1").text()).isEqualTo("Sorry, the service is busy");
			assertThat(page.select("main").text()).contains("Nothing was saved");
		}

		assertThat(api.get("/api/v1" + personPath).status()).as("the API once a connection is free").isEqualTo(200);
		assertThat(signedIn.get(personPath).status()).as("a page once a connection is free").isEqualTo(200);
	}

	private List<Connection> holdEveryConnection() throws Exception {
		int size = this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		List<Connection> held = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			held.add(this.dataSource.getConnection());
		}
		return held;
	}

}
