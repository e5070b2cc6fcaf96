package org.onlinelives.platform.security;

import org.junit.jupiter.api.Test;

import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.MockMvcSessions;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The metrics endpoint answers only the configured metrics credential: not the public,
 * not a signed-in administrator, not a wrong password; and the credential opens nothing
 * else. A scrape never creates a session.
 */
class MetricsEndpointIntegrationTests extends WebIntegrationTest {

	@Autowired
	private SecurityObservationSettings securityObservations;

	@Test
	void theMetricsCredentialReadsTheMetricsWithoutASession() throws Exception {
		MockHttpSession carrier = new MockHttpSession();
		MockHttpServletResponse response = this.mvc
			.perform(get("/actuator/prometheus").session(carrier).with(httpBasic("prometheus", METRICS_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/plain");
		assertThat(response.getContentAsString()).contains("jvm_memory_used_bytes")
			.contains("hikaricp_connections_active");
		assertThat(MockMvcSessions.id(carrier)).as("no session for a scrape").isNull();
	}

	@Test
	void requestsAreTimedWholeNotFilterByFilter() throws Exception {
		MockHttpSession signedIn = signedInAdministrator();
		assertThat(status(get("/admin/users").session(signedIn))).isEqualTo(200);
		String metrics = this.mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", METRICS_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(metrics).as("requests are still timed whole").contains("http_server_requests_seconds_count");
		assertThat(this.securityObservations.shouldObserveRequests())
			.as("no observation wrapped around each security filter (it cost more than the session lookup)")
			.isFalse();
		assertThat(this.securityObservations.shouldObserveAuthentications()).isFalse();
	}

	@Test
	void anyoneElseIsAskedForTheCredential() throws Exception {
		MockHttpSession signedIn = signedInAdministrator();
		assertThat(status(get("/admin/users").session(signedIn))).as("signed in as an administrator").isEqualTo(200);
		assertThat(status(get("/actuator/prometheus").session(signedIn))).isEqualTo(401);
		assertThat(status(get("/actuator/prometheus"))).isEqualTo(401);
		assertThat(status(get("/actuator/prometheus").with(httpBasic("prometheus", "not the secret")))).isEqualTo(401);
		assertThat(status(get("/actuator/prometheus").with(httpBasic("someone", METRICS_PASSWORD)))).isEqualTo(401);
		MockHttpServletResponse refused = this.mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();
		assertThat(refused.getHeader("WWW-Authenticate")).startsWith("Basic");
		assertThat(refused.getContentAsString()).doesNotContain("jvm_");
	}

	private MockHttpSession signedInAdministrator() throws Exception {
		Partnership partnership = this.data.partnership();
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);
		MockHttpSession signedIn = new MockHttpSession();
		this.mvc.perform(post("/sign-in").session(signedIn)
			.param("email", admin.user().getEmail())
			.param("password", TestData.PASSWORD)
			.with(csrf()));
		this.mvc.perform(post("/sign-in/code").session(signedIn)
			.param("code", TestData.currentCode(admin.secret()))
			.with(csrf()));
		return signedIn;
	}

	@Test
	void theCredentialOpensNothingButTheMetrics() throws Exception {
		MockHttpServletResponse home = this.mvc.perform(get("/").with(httpBasic("prometheus", METRICS_PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(home.getStatus()).isEqualTo(302);
		assertThat(home.getRedirectedUrl()).endsWith("/sign-in");
		assertThat(status(get("/api/v1/young-people/1").with(httpBasic("prometheus", METRICS_PASSWORD))))
			.isEqualTo(401);
	}

	@Test
	void healthStaysOpenForTheLoadBalancer() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getContentAsString()).as(path).contains("\"status\":\"UP\"");
		}
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
