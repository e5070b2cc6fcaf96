package org.onlinelives.casedata;

import java.util.ArrayList;
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
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Actor;
import org.onlinelives.support.AuthorizationMatrix;
import org.onlinelives.support.Outcome;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.support.Actor.ANONYMOUS;
import static org.onlinelives.support.AuthorizationMatrix.expect;
import static org.onlinelives.support.Outcome.FORBIDDEN;
import static org.onlinelives.support.Outcome.LOGIN;
import static org.onlinelives.support.Outcome.OK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls every case data route as every kind of caller. Agency leads read only their own
 * agency's dashboard (its scope comes from the signed-in person, never from the request);
 * administrators and analysts read partnership figures; only administrators rebuild.
 */
class CaseDataAuthorizationIntegrationTests extends WebIntegrationTest {

	record Route(String method, String path, Function<Map<Actor, User>, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static Stream<Route> routes() {
		// anonymous, admin, lead, practitioner, QA, analyst, other agency's lead, other
		// partnership's admin
		Map<Actor, Outcome> leads = expect(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN);
		Map<Actor, Outcome> partnership = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, OK);
		Map<Actor, Outcome> admins = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/case-data", (a) -> get("/case-data"), leads));
		routes.add(new Route("GET", "/case-data/export.csv", (a) -> get("/case-data/export.csv"), leads));
		routes.add(new Route("GET", "/case-data/export.xlsx", (a) -> get("/case-data/export.xlsx"), leads));
		routes.add(new Route("GET", "/case-data/partnership", (a) -> get("/case-data/partnership"), partnership));
		routes.add(new Route("GET", "/case-data/partnership/export.csv",
				(a) -> get("/case-data/partnership/export.csv"), partnership));
		routes.add(new Route("GET", "/case-data/partnership/export.xlsx",
				(a) -> get("/case-data/partnership/export.xlsx"), partnership));
		routes.add(new Route("POST", "/case-data/rebuild", (a) -> post("/case-data/rebuild"), admins));
		return routes.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void eachCallerGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agencyA = this.data.agency(partnership);
		Agency agencyB = this.data.agency(partnership);
		Map<Actor, User> actors = this.data.actors(partnership, agencyA, agencyB);
		for (Actor actor : Actor.values()) {
			MockHttpServletRequestBuilder request = route.request().apply(actors).with(csrf());
			if (actor != ANONYMOUS) {
				request.with(SignedIn.as(actors.get(actor)));
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(Outcome.of(response)).as("%s as %s (status %s)", route, actor, response.getStatus())
				.isEqualTo(route.expected().get(actor));
		}
	}

	@Test
	void everyCaseDataRouteIsInTheMatrix() throws Exception {
		Set<String> listed = AuthorizationMatrix.routesListedFor("casedata");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

}
