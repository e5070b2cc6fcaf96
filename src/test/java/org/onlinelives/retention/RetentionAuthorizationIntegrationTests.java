package org.onlinelives.retention;

import java.util.ArrayList;
import java.util.EnumMap;
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
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.Actor;
import org.onlinelives.support.AuthorizationMatrix;
import org.onlinelives.support.Outcome;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.support.Actor.ANONYMOUS;
import static org.onlinelives.support.Actor.LEAD;
import static org.onlinelives.support.Actor.PRACTITIONER;
import static org.onlinelives.support.AuthorizationMatrix.expect;
import static org.onlinelives.support.Outcome.FORBIDDEN;
import static org.onlinelives.support.Outcome.LOGIN;
import static org.onlinelives.support.Outcome.NOT_FOUND;
import static org.onlinelives.support.Outcome.OK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls every retention route as every kind of caller. Administrators and agency leads
 * use the page; only administrators set the schedule; a hold on agency A's young person
 * is lifted by A's lead or an administrator, and is a 404 to everyone else.
 */
class RetentionAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	RetentionService retention;

	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final Map<Actor, User> actors = new EnumMap<>(Actor.class);

		final long person;

		final long hold;

		World() {
			this.actors.putAll(data.actors(this.partnership, this.agencyA, this.agencyB));
			User worker = this.actors.get(PRACTITIONER);
			this.person = youngPeople
				.create(new SignedInUser(worker, false, false),
						new YoungPersonDetails("HOLD-" + TestData.unique(), null, 14, Gender.NOT_KNOWN, false,
								List.of(), ReferralSource.SCHOOL, Set.of(worker.getId())))
				.getId();
			this.hold = retention
				.placeHold(new SignedInUser(this.actors.get(LEAD), false, false), RecordType.YOUNG_PERSON, this.person,
						"Matrix")
				.getId();
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
		// anonymous, admin, lead, practitioner, QA, analyst, other agency's lead, other
		// partnership's admin
		Map<Actor, Outcome> adminsAndLeads = expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK);
		routes.add(new Route("GET", "/retention", (w) -> get("/retention"), adminsAndLeads));
		routes.add(new Route("POST", "/retention/schedule",
				(w) -> post("/retention/schedule").param("youngPersonYears", "6")
					.param("youngPersonUntilAge", "25")
					.param("auditYears", "6")
					.param("accessLogYears", "7"),
				expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK)));
		routes.add(new Route("GET", "/retention/holds/new",
				(w) -> get("/retention/holds/new").param("type", "YOUNG_PERSON").param("id", String.valueOf(w.person)),
				adminsAndLeads));
		// others are shown the form again with "no record you can hold"
		routes.add(new Route("POST", "/retention/holds",
				(w) -> post("/retention/holds").param("type", "YOUNG_PERSON")
					.param("recordId", String.valueOf(w.person))
					.param("reason", "Court order"),
				adminsAndLeads));
		routes.add(new Route("POST", "/retention/holds/{id}/lift", (w) -> post("/retention/holds/" + w.hold + "/lift"),
				expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND)));
		return routes.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void eachCallerGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		for (Actor actor : Actor.values()) {
			World world = new World();
			MockHttpServletRequestBuilder request = route.request().apply(world).with(csrf());
			if (actor != ANONYMOUS) {
				request.with(SignedIn.as(world.actors.get(actor)));
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(Outcome.of(response)).as("%s as %s (status %s)", route, actor, response.getStatus())
				.isEqualTo(route.expected().get(actor));
		}
	}

	@Test
	void everyRetentionRouteIsInTheMatrix() throws Exception {
		Set<String> listed = AuthorizationMatrix.routesListedFor("retention");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

}
