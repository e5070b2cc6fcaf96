package org.onlinelives.platform;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Invitation;
import org.onlinelives.platform.people.Invitations;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Actor;
import org.onlinelives.support.AuthorizationMatrix;
import org.onlinelives.support.Outcome;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.support.AuthorizationMatrix.expect;
import static org.onlinelives.support.Actor.ADMIN;
import static org.onlinelives.support.Actor.ANONYMOUS;
import static org.onlinelives.support.Actor.OTHER_AGENCY_LEAD;
import static org.onlinelives.support.Actor.OTHER_PARTNERSHIP_ADMIN;
import static org.onlinelives.support.Actor.PRACTITIONER;
import static org.onlinelives.support.Actor.QA_REVIEWER;
import static org.onlinelives.support.Outcome.CREDENTIALS;
import static org.onlinelives.support.Outcome.FORBIDDEN;
import static org.onlinelives.support.Outcome.LOGIN;
import static org.onlinelives.support.Outcome.NOT_FOUND;
import static org.onlinelives.support.Outcome.OK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls every platform route as every kind of caller and checks the exact outcome. The
 * record in each path belongs to agency A of partnership P; OTHER_AGENCY_LEAD works in
 * agency B of P, and OTHER_PARTNERSHIP_ADMIN administers partnership Q.
 */
class PlatformAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A fresh partnership for each call, so calls that change things cannot affect the
	 * next one.
	 */
	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final User target = data.user(this.partnership, this.agencyA, Role.PRACTITIONER);

		final Invitation invitation;

		final Map<Actor, User> actors = new EnumMap<>(Actor.class);

		World() {
			this.actors.putAll(data.actors(this.partnership, this.agencyA, this.agencyB));
			Instant now = Instant.now();
			this.invitation = invitations.save(Invitation.create(this.partnership.getId(), this.agencyA.getId(), null,
					"invited-" + org.onlinelives.support.TestData.unique() + "@example.test", "Invited Person",
					Set.of(Role.PRACTITIONER), "hash-" + org.onlinelives.support.TestData.unique(),
					this.actors.get(ADMIN).getId(), now, now.plus(7, ChronoUnit.DAYS)));
		}

	}

	record Route(String method, String path, Function<World, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static Stream<Route> routes() {
		List<Route> routes = new ArrayList<>();
		Map<Actor, Outcome> everyone = expect(OK, OK, OK, OK, OK, OK, OK, OK);
		Map<Actor, Outcome> signedIn = expect(LOGIN, OK, OK, OK, OK, OK, OK, OK);
		Map<Actor, Outcome> nobody = expect(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		Map<Actor, Outcome> secondFactorStepOnly = expect(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN);
		Map<Actor, Outcome> managers = expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK);
		Map<Actor, Outcome> managersOfTheRecord = expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND,
				NOT_FOUND);
		Map<Actor, Outcome> administrators = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				OK);

		routes.add(route("GET", "/", (w) -> get("/"), signedIn));
		routes.add(route("GET", "/accessibility", (w) -> get("/accessibility"), everyone));
		routes.add(route("GET", "/privacy", (w) -> get("/privacy"), everyone));
		routes.add(route("GET", "/actuator/health", (w) -> get("/actuator/health"), everyone));
		// Only the metrics credential opens the metrics, never a person's sign-in. (The
		// metrics chain never reads a session, so a signed-in browser gets the 401 as
		// MetricsEndpointIntegrationTests shows; the sign-in this test injects gets 403.)
		routes.add(route("GET", "/actuator/prometheus", (w) -> get("/actuator/prometheus"),
				expect(CREDENTIALS, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)));
		routes.add(route("GET", "/sign-in", (w) -> get("/sign-in"), everyone));
		routes.add(route("GET", "/signed-out", (w) -> get("/signed-out"), everyone));
		routes.add(route("GET", "/sign-in/code", (w) -> get("/sign-in/code"), secondFactorStepOnly));
		routes.add(route("POST", "/sign-in/code", (w) -> post("/sign-in/code").param("code", "123456"),
				secondFactorStepOnly));
		routes.add(route("GET", "/setup/{token}", (w) -> get("/setup/not-the-token"), nobody));
		routes.add(route("POST", "/setup/{token}", (w) -> post("/setup/not-the-token"), nobody));
		routes.add(route("GET", "/invitations/{token}", (w) -> get("/invitations/not-a-token"), nobody));
		routes.add(route("POST", "/invitations/{token}", (w) -> post("/invitations/not-a-token"), nobody));
		routes.add(route("GET", "/account", (w) -> get("/account"), signedIn));
		routes.add(route("GET", "/account/password", (w) -> get("/account/password"), signedIn));
		routes.add(route("POST", "/account/password",
				(w) -> post("/account/password").param("currentPassword", "wrong"), signedIn));
		routes.add(route("GET", "/account/two-factor/set-up", (w) -> get("/account/two-factor/set-up"), signedIn));
		routes.add(route("POST", "/account/two-factor/set-up",
				(w) -> post("/account/two-factor/set-up").param("code", "000000"), signedIn));
		routes.add(route("GET", "/account/two-factor/recovery-codes", (w) -> get("/account/two-factor/recovery-codes"),
				signedIn));
		routes.add(route("POST", "/account/two-factor/recovery-codes",
				(w) -> post("/account/two-factor/recovery-codes"), signedIn));
		routes.add(route("GET", "/admin/users", (w) -> get("/admin/users"), managers));
		routes.add(
				route("GET", "/admin/users/{id}", (w) -> get("/admin/users/" + w.target.getId()), managersOfTheRecord));
		routes.add(route("GET", "/admin/users/dormant", (w) -> get("/admin/users/dormant"), administrators));
		routes.add(route("POST", "/admin/users/{id}/roles",
				(w) -> post("/admin/users/" + w.target.getId() + "/roles").param("roles", "PRACTITIONER", "QA_REVIEWER")
					.param("version", String.valueOf(w.target.getVersion())),
				managersOfTheRecord));
		routes.add(route("POST", "/admin/users/{id}/deactivate",
				(w) -> post("/admin/users/" + w.target.getId() + "/deactivate"), managersOfTheRecord));
		routes.add(route("POST", "/admin/users/{id}/reactivate",
				(w) -> post("/admin/users/" + w.target.getId() + "/reactivate"), managersOfTheRecord));
		routes.add(route("GET", "/admin/invitations", (w) -> get("/admin/invitations"), managers));
		routes.add(route("GET", "/admin/invitations/new", (w) -> get("/admin/invitations/new"), managers));
		routes.add(route("POST", "/admin/invitations",
				(w) -> post("/admin/invitations").param("name", "New Colleague")
					.param("email", "new-" + org.onlinelives.support.TestData.unique() + "@example.test")
					.param("agencyId", String.valueOf(w.agencyA.getId()))
					.param("roles", "PRACTITIONER"),
				managers));
		routes.add(route("GET", "/admin/invitations/sent", (w) -> get("/admin/invitations/sent"), managers));
		routes.add(route("POST", "/admin/invitations/{id}/revoke",
				(w) -> post("/admin/invitations/" + w.invitation.getId() + "/revoke"), managersOfTheRecord));
		routes.add(route("GET", "/admin/agencies", (w) -> get("/admin/agencies"), managers));
		routes.add(route("GET", "/admin/agencies/new", (w) -> get("/admin/agencies/new"), administrators));
		routes.add(route("POST", "/admin/agencies",
				(w) -> post("/admin/agencies").param("name", "New agency " + org.onlinelives.support.TestData.unique())
					.param("type", "SCHOOL"),
				administrators));
		routes.add(route("GET", "/admin/agencies/{id}", (w) -> get("/admin/agencies/" + w.agencyA.getId()),
				managersOfTheRecord));
		routes.add(route("GET", "/admin/agencies/{id}/edit",
				(w) -> get("/admin/agencies/" + w.agencyA.getId() + "/edit"), managersOfTheRecord));
		routes.add(route("POST", "/admin/agencies/{id}",
				(w) -> post("/admin/agencies/" + w.agencyA.getId()).param("name", w.agencyA.getName())
					.param("type", "SCHOOL")
					.param("version", String.valueOf(w.agencyA.getVersion())),
				managersOfTheRecord));
		routes.add(route("POST", "/admin/agencies/{id}/teams",
				(w) -> post("/admin/agencies/" + w.agencyA.getId() + "/teams").param("teamName", "Team X"),
				managersOfTheRecord));
		routes.add(route("GET", "/admin/partnership", (w) -> get("/admin/partnership"), administrators));
		routes.add(route("POST", "/admin/partnership",
				(w) -> post("/admin/partnership").param("name", "Renamed " + org.onlinelives.support.TestData.unique())
					.param("version", "0"),
				administrators));
		routes.add(route("GET", "/admin/access-log", (w) -> get("/admin/access-log"), administrators));
		routes.add(route("GET", "/admin/access-log/sign-in-failures",
				(w) -> get("/admin/access-log/sign-in-failures").param("by", "account"), administrators));
		return routes.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void everyCallerGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		Map<Actor, Outcome> actual = new LinkedHashMap<>();
		for (Actor actor : Actor.values()) {
			World world = new World();
			MockHttpServletRequestBuilder request = route.request().apply(world);
			if (route.method().equals("POST")) {
				request.with(csrf());
			}
			if (actor != ANONYMOUS) {
				request.with(SignedIn.as(world.actors.get(actor)));
			}
			actual.put(actor, Outcome.of(this.mvc.perform(request).andReturn().getResponse()));
		}
		assertThat(actual).as(route.toString()).isEqualTo(route.expected());
	}

	@Test
	void theTableCoversEveryPlatformRoute() throws IOException {
		Set<String> listed = AuthorizationMatrix.routesListedFor("platform");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

	@Test
	void reachingForAnotherAgencysRecordIsLogged() throws Exception {
		World world = new World();
		User outsider = world.actors.get(OTHER_AGENCY_LEAD);
		this.mvc.perform(get("/admin/users/" + world.target.getId()).with(SignedIn.as(outsider)));
		long logged = this.jdbc.sql(
				"select count(*) from access_log where user_id = :user and event = 'RECORD_NOT_IN_SCOPE' and target_id = :target")
			.param("user", outsider.getId())
			.param("target", String.valueOf(world.target.getId()))
			.query(Long.class)
			.single();
		assertThat(logged).isEqualTo(1);
	}

	/**
	 * Partnership-wide roles reach across agencies, so only administrators grant them: a
	 * lead's forged POST (the form does not offer them) changes nothing.
	 */
	@Test
	void aLeadCannotGrantQaReviewerOrAnalyst() throws Exception {
		for (String role : List.of("QA_REVIEWER", "ANALYST")) {
			World world = new World();
			User lead = world.actors.get(Actor.LEAD);
			this.mvc
				.perform(post("/admin/users/" + world.target.getId() + "/roles").param("roles", "PRACTITIONER", role)
					.param("version", String.valueOf(world.target.getVersion()))
					.with(csrf())
					.with(SignedIn.as(lead)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
			assertThat(data.reload(world.target).roles()).as(role).containsExactly(Role.PRACTITIONER);

			String email = "forged-" + org.onlinelives.support.TestData.unique() + "@example.test";
			this.mvc
				.perform(post("/admin/invitations").param("name", "Forged Colleague")
					.param("email", email)
					.param("agencyId", String.valueOf(world.agencyA.getId()))
					.param("roles", role)
					.with(csrf())
					.with(SignedIn.as(lead)))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
			assertThat(this.invitations.findByEmail(email)).as(role).isEmpty();
		}
	}

	@Test
	void anAdministratorGrantsQaReviewerAndALeadKeepsIt() throws Exception {
		World world = new World();
		this.mvc.perform(
				post("/admin/users/" + world.target.getId() + "/roles").param("roles", "PRACTITIONER", "QA_REVIEWER")
					.param("version", String.valueOf(world.target.getVersion()))
					.with(csrf())
					.with(SignedIn.as(world.actors.get(ADMIN))));
		User granted = data.reload(world.target);
		assertThat(granted.roles()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.QA_REVIEWER);
		this.mvc.perform(post("/admin/users/" + world.target.getId() + "/roles").param("roles", "AGENCY_LEAD")
			.param("version", String.valueOf(granted.getVersion()))
			.with(csrf())
			.with(SignedIn.as(world.actors.get(Actor.LEAD))));
		assertThat(data.reload(world.target).roles()).containsExactlyInAnyOrder(Role.AGENCY_LEAD, Role.QA_REVIEWER);
	}

	@Test
	void aLeadIsNotOfferedPartnershipWideRoles() throws Exception {
		World world = new World();
		for (String path : List.of("/admin/invitations/new", "/admin/users/" + world.target.getId())) {
			String page = this.mvc.perform(get(path).with(SignedIn.as(world.actors.get(Actor.LEAD))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);
			assertThat(document.select("input[name=roles]").eachAttr("value")).as(path)
				.containsExactlyInAnyOrder("AGENCY_LEAD", "PRACTITIONER");
		}
	}

	private static Route route(String method, String path, Function<World, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected) {
		return new Route(method, path, request, expected);
	}

}
