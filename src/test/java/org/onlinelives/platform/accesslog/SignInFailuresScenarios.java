package org.onlinelives.platform.accesslog;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.AttemptSummaries;
import org.onlinelives.platform.security.AttemptWindows;
import org.onlinelives.platform.security.SecurityProperties;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Attacks that used to leave no trace: failures for unknown addresses, floods of
 * throttled attempts (one summary row per address and window, however many), and API
 * calls with bad tokens; and the administrators' sign-in failures page that counts them.
 */
abstract class SignInFailuresScenarios extends WebIntegrationTest {

	private static int addressCounter = 1;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AttemptSummaries summaries;

	@Autowired
	SecurityProperties properties;

	private final String address = "172.16." + (addressCounter / 250) + "." + (addressCounter++ % 250 + 1);

	private RequestPostProcessor fromAddress() {
		return (request) -> {
			request.setRemoteAddr(this.address);
			return request;
		};
	}

	private String signIn(String email, String password) throws Exception {
		return this.mvc
			.perform(post("/sign-in").session(new MockHttpSession())
				.param("email", email)
				.param("password", password)
				.with(csrf())
				.with(fromAddress()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void aFailureForAnUnknownAddressIsLoggedAndCountedForAdministrators() throws Exception {
		String unknown = "nobody-" + TestData.unique() + "@example.test";
		assertThat(signIn(unknown, "a guess at a password")).isEqualTo("/sign-in?error");
		assertThat(this.jdbc.sql("""
				select count(*) from access_log
				where event = 'SIGN_IN_FAILED' and username = :email and remote_address = :address""")
			.param("email", unknown)
			.param("address", this.address)
			.query(Long.class)
			.single()).isEqualTo(1);
		User admin = this.data.user(this.data.partnership(), null, Role.PARTNERSHIP_ADMIN);
		Document byAccount = page(admin, "?period=DAY&by=account");
		assertThat(byAccount.select("table tbody tr").eachText())
			.anyMatch((row) -> row.contains(unknown) && row.contains("No such account"));
	}

	@Test
	void aFloodOfThrottledAttemptsIsOneSummaryRowWithTheCount() throws Exception {
		String email = "target-" + TestData.unique() + "@example.test";
		int limit = this.properties.throttle().maxFailuresPerAddressAndAccount();
		Duration window = this.properties.throttle().window();
		startWellInsideAWindow(window);
		Instant firstWindow = AttemptWindows.windowStart(Instant.now(), window);
		for (int i = 0; i < limit; i++) {
			assertThat(signIn(email, "guess number " + i)).isEqualTo("/sign-in?error");
		}
		int flood = 40;
		for (int i = 0; i < flood; i++) {
			assertThat(signIn(email, "flood " + i)).isEqualTo("/sign-in?throttled");
		}
		Instant lastWindow = AttemptWindows.windowStart(Instant.now(), window);
		assertThat(summaryRows()).isEmpty();

		this.summaries.summarise(Instant.now().plus(window.multipliedBy(2)));

		List<String> rows = summaryRows();
		// one row per window: one, unless the flood happened to straddle a window's end
		assertThat(rows).hasSize(firstWindow.equals(lastWindow) ? 1 : 2);
		if (rows.size() == 1) {
			assertThat(rows.get(0)).startsWith("From " + this.address + ": " + flood + " sign-in attempts refused");
		}
		this.summaries.summarise(Instant.now().plus(window.multipliedBy(3)));
		assertThat(summaryRows()).hasSize(rows.size());

		User admin = this.data.user(this.data.partnership(), null, Role.PARTNERSHIP_ADMIN);
		Document byAddress = page(admin, "?period=DAY&by=address");
		assertThat(byAddress.select("table tbody tr").eachText())
			.contains(this.address + " " + limit + " " + flood + " 1");
	}

	/**
	 * The throttle counts in fixed windows of the real clock: failures made either side
	 * of a window's end are counted in two windows, so the flood would not yet be
	 * throttled.
	 */
	private static void startWellInsideAWindow(Duration window) throws InterruptedException {
		Instant now = Instant.now();
		Instant windowEnd = AttemptWindows.windowStart(now, window).plus(window);
		Duration left = Duration.between(now, windowEnd);
		if (left.compareTo(Duration.ofSeconds(60)) < 0) {
			Thread.sleep(left.plusMillis(100).toMillis());
		}
	}

	@Test
	void apiCallsWithUnknownOrRevokedTokensAreLoggedAndFloodsSummarised() throws Exception {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		String page = this.mvc
			.perform(post("/api-tokens").param("name", "Case system").with(SignedIn.as(practitioner)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = Jsoup.parse(page).select("#new-token").text();
		long tokenId = this.jdbc.sql("select id from api_token where user_id = :user")
			.param("user", practitioner.getId())
			.query(Long.class)
			.single();
		this.mvc.perform(post("/api-tokens/" + tokenId + "/revoke").with(SignedIn.as(practitioner)).with(csrf()));
		startWellInsideAWindow(this.properties.throttle().window());
		assertThat(this.mvc
			.perform(get("/api/v1/young-people/1").header("Authorization", "Bearer " + token).with(fromAddress()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(this.jdbc
			.sql("""
					select count(*) from access_log
					where event = 'API_TOKEN_REFUSED' and user_id = :user and detail like 'API call with a revoked token%'""")
			.param("user", practitioner.getId())
			.query(Long.class)
			.single()).isEqualTo(1);

		for (int i = 0; i < 30; i++) {
			assertThat(this.mvc
				.perform(get("/api/v1/young-people/1").header("Authorization", "Bearer olt_made-up-" + i)
					.with(fromAddress()))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(401);
		}
		long oneByOne = this.jdbc.sql("""
				select count(*) from access_log
				where event = 'API_TOKEN_REFUSED' and remote_address = :address and user_id is null""")
			.param("address", this.address)
			.query(Long.class)
			.single();
		// the revoked token's call counted towards the same address's allowance
		assertThat(oneByOne).isEqualTo(AttemptSummaries.API_REFUSALS_LOGGED_PER_WINDOW - 1);
		this.summaries.summarise(Instant.now().plus(this.properties.throttle().window().multipliedBy(2)));
		assertThat(this.jdbc.sql("""
				select detail from access_log
				where event = 'API_TOKEN_REFUSED' and detail like :prefix""")
			.param("prefix", "From " + this.address + ": %")
			.query(String.class)
			.list()).hasSizeBetween(1, 2).allMatch((detail) -> detail.contains("API calls refused"));
	}

	@Test
	void thePageListsAddressesAPageAtATimeInAGovukTable() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User person = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		for (int i = 0; i < 30; i++) {
			this.jdbc.sql("""
					insert into access_log (occurred_at, partnership_id, agency_id, user_id, username, event, detail,
					                        remote_address)
					values (:at, :partnership, :agency, :user, :email, 'SIGN_IN_FAILED', 'wrong password', :address)""")
				.param("at", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
				.param("partnership", partnership.getId())
				.param("agency", person.getAgencyId())
				.param("user", person.getId())
				.param("email", person.getEmail())
				.param("address", "198.18.0." + i)
				.update();
		}
		Document first = page(admin, "");
		assertThat(first.title()).isEqualTo("Sign-in failures – Online Lives");
		assertThat(first.select("h1").text()).isEqualTo("Sign-in failures");
		assertThat(first.select("table.govuk-table caption").text()).isEqualTo("Failures by network address");
		assertThat(first.select("table thead th").eachText()).containsExactly("Network address", "Failed sign-ins",
				"Refused while throttled", "Accounts tried");
		assertThat(first.select("table tbody tr")).hasSize(25);
		assertThat(first.select("input[name=period][checked]").attr("value")).isEqualTo("WEEK");
		assertThat(first.select(".govuk-pagination__next a").attr("href"))
			.isEqualTo("/admin/access-log/sign-in-failures?period=WEEK&by=address&page=2");
		Pages.assertLabelledAndUnique(first);

		Document byAccount = page(admin, "?period=MONTH&by=account");
		assertThat(byAccount.select("table tbody tr").eachText()).contains(person.getEmail() + " Yes 30 30");
		assertThat(byAccount.select("input[name=by][checked]").attr("value")).isEqualTo("account");

		// another partnership's administrator does not see these accounts
		User outsider = this.data.user(this.data.partnership(), null, Role.PARTNERSHIP_ADMIN);
		assertThat(page(outsider, "?period=MONTH&by=account").text()).doesNotContain(person.getEmail());

		// nonsense choices fall back to the defaults, never an error
		assertThat(page(admin, "?period=CENTURY&by=nonsense&page=x").select("h1").text()).isEqualTo("Sign-in failures");
	}

	private Document page(User admin, String query) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/admin/access-log/sign-in-failures" + query).with(SignedIn.as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<String> summaryRows() {
		return this.jdbc.sql("select detail from access_log where event = 'SIGN_IN_THROTTLED' and detail like :prefix")
			.param("prefix", "From " + this.address + ": %")
			.query(String.class)
			.list();
	}

}
