package org.onlinelives.assessment;

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
import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.rules.ConcernFlags;
import org.onlinelives.assessment.rules.Concern;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.Actor;
import org.onlinelives.support.AuthorizationMatrix;
import org.onlinelives.support.Outcome;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.support.AuthorizationMatrix.expect;
import static org.onlinelives.support.Actor.ANONYMOUS;
import static org.onlinelives.support.Actor.PRACTITIONER;
import static org.onlinelives.support.Outcome.FORBIDDEN;
import static org.onlinelives.support.Outcome.LOGIN;
import static org.onlinelives.support.Outcome.NOT_FOUND;
import static org.onlinelives.support.Outcome.OK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Calls every assessment route as every kind of caller and checks the exact outcome. The
 * records belong to agency A of partnership P. Only practitioners and agency leads may
 * use the routes at all (others: 403); another agency's people get 404 for A's records;
 * the API answers 401 (counted as LOGIN here) where pages send to sign-in.
 */
class AssessmentAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	ApiTokenService tokens;

	/**
	 * A fresh partnership for each call, so calls that change things cannot affect the
	 * next.
	 */
	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final Map<Actor, User> actors = new EnumMap<>(Actor.class);

		final Map<Actor, String> bearer = new EnumMap<>(Actor.class);

		final long person;

		final long fresh;

		final Assessment completed;

		final Assessment inProgress;

		final long token;

		World() {
			this.actors.putAll(data.actors(this.partnership, this.agencyA, this.agencyB));
			this.actors.forEach((actor, user) -> this.bearer.put(actor,
					tokens.issue(new SignedInUser(user, false, false), "matrix").secret()));
			SignedInUser owner = new SignedInUser(this.actors.get(PRACTITIONER), false, false);
			this.person = youngPeople.create(owner, details()).getId();
			this.fresh = youngPeople.create(owner, details()).getId();
			Assessment first = assessments.start(owner, this.person);
			first = assessments.saveConcerns(owner, this.person, first.getId(), first.getVersion(),
					ConcernFlags.of(Concern.POSSIBLE_CRIME));
			this.completed = assessments.complete(owner, this.person, first.getId(), first.getVersion());
			this.inProgress = assessments.start(owner, this.person);
			this.token = tokens.tokensOf(owner).get(0).getId();
		}

		YoungPersonDetails details() {
			return new YoungPersonDetails("MATRIX-" + TestData.unique(), null, 14, Gender.NOT_KNOWN, true, List.of(),
					ReferralSource.SCHOOL, Set.of(this.actors.get(PRACTITIONER).getId()));
		}

		String completedBase() {
			return "/young-people/" + this.person + "/assessments/" + this.completed.getId();
		}

		String inProgressBase() {
			return "/young-people/" + this.person + "/assessments/" + this.inProgress.getId();
		}

	}

	record Route(String method, String path, Function<World, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected, boolean api) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static Stream<Route> routes() {
		List<Route> routes = new ArrayList<>();
		// anonymous, admin, lead, practitioner, QA, analyst, other agency's lead, other
		// partnership's admin
		Map<Actor, Outcome> workers = expect(LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN);
		Map<Actor, Outcome> workersOfTheRecord = expect(LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN, NOT_FOUND,
				FORBIDDEN);
		// each administrator changes the own partnership's list only
		Map<Actor, Outcome> admins = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);

		routes.add(page("GET", "/young-people", (w) -> get("/young-people"), workers));
		routes.add(page("GET", "/young-people/new", (w) -> get("/young-people/new"), workers));
		routes.add(page("POST", "/young-people",
				(w) -> post("/young-people").param("caseReference", "NEW-" + TestData.unique())
					.param("age", "12")
					.param("gender", "NOT_KNOWN")
					.param("onlineComponent", "false")
					.param("referralSource", "SELF"),
				workers));
		routes.add(page("GET", "/young-people/{id}", (w) -> get("/young-people/" + w.person), workersOfTheRecord));
		routes.add(page("GET", "/young-people/{id}/edit", (w) -> get("/young-people/" + w.person + "/edit"),
				workersOfTheRecord));
		routes.add(page("POST", "/young-people/{id}",
				(w) -> post("/young-people/" + w.person).param("caseReference", "CHANGED-" + TestData.unique())
					.param("age", "13")
					.param("gender", "NOT_KNOWN")
					.param("onlineComponent", "true")
					.param("referralSource", "SELF")
					.param("version", "1"),
				workersOfTheRecord));
		routes.add(page("GET", "/young-people/{id}/outcome", (w) -> get("/young-people/" + w.person + "/outcome"),
				workersOfTheRecord));
		routes.add(page("POST", "/young-people/{id}/outcome",
				(w) -> post("/young-people/" + w.person + "/outcome").param("outcome", "EARLY_HELP")
					.param("outcomeDay", "1")
					.param("outcomeMonth", "1")
					.param("outcomeYear", "2025")
					.param("onlineComponent", "true")
					.param("version", "1"),
				workersOfTheRecord));
		routes.add(page("POST", "/young-people/{id}/assessments",
				(w) -> post("/young-people/" + w.fresh + "/assessments"), workersOfTheRecord));
		routes.add(page("GET", "/young-people/{id}/assessments/{assessmentId}", (w) -> get(w.completedBase()),
				workersOfTheRecord));
		for (String step : List.of("factors", "scenarios", "offline", "concerns")) {
			routes.add(page("GET", "/young-people/{id}/assessments/{assessmentId}/" + step,
					(w) -> get(w.inProgressBase() + "/" + step), workersOfTheRecord));
			routes.add(page("POST", "/young-people/{id}/assessments/{assessmentId}/" + step,
					(w) -> post(w.inProgressBase() + "/" + step).param("version",
							String.valueOf(w.inProgress.getVersion())),
					workersOfTheRecord));
		}
		routes.add(page("GET", "/young-people/{id}/assessments/{assessmentId}/ten-cs/{code}",
				(w) -> get(w.inProgressBase() + "/ten-cs/CONTENT"), workersOfTheRecord));
		routes.add(page("POST", "/young-people/{id}/assessments/{assessmentId}/ten-cs/{code}",
				(w) -> post(w.inProgressBase() + "/ten-cs/CONTENT").param("rating", "3")
					.param("version", String.valueOf(w.inProgress.getVersion())),
				workersOfTheRecord));
		routes.add(page("GET", "/young-people/{id}/assessments/{assessmentId}/check",
				(w) -> get(w.inProgressBase() + "/check"), workersOfTheRecord));
		routes.add(page("POST", "/young-people/{id}/assessments/{assessmentId}/complete",
				(w) -> post(w.inProgressBase() + "/complete").param("version",
						String.valueOf(w.inProgress.getVersion())),
				workersOfTheRecord));
		routes.add(page("GET", "/young-people/{id}/assessments/{assessmentId}/prompts/{code}",
				(w) -> get(w.completedBase() + "/prompts/POLICE_POSSIBLE_CRIME"), workersOfTheRecord));
		routes.add(page("POST", "/young-people/{id}/assessments/{assessmentId}/prompts/{code}",
				(w) -> post(w.completedBase() + "/prompts/POLICE_POSSIBLE_CRIME").param("answer", "NOT_APPLICABLE")
					.param("note", "Already reported by the school")
					.param("version", String.valueOf(w.completed.getVersion())),
				workersOfTheRecord));
		routes.add(page("GET", "/young-people/{id}/assessments/{assessmentId}/report.pdf",
				(w) -> get(w.completedBase() + "/report.pdf"), workersOfTheRecord));
		routes.add(page("GET", "/young-people/{id}/assessments/{assessmentId}/notes",
				(w) -> get(w.completedBase() + "/notes"), workersOfTheRecord));
		routes.add(page("POST", "/young-people/{id}/assessments/{assessmentId}/notes",
				(w) -> post(w.completedBase() + "/notes").param("text", "A note"), workersOfTheRecord));
		routes.add(page("POST", "/young-people/{id}/assessments/{assessmentId}/attachments",
				(w) -> post(w.completedBase() + "/attachments"), workersOfTheRecord));
		routes.add(page("GET", "/young-people/{id}/subject-access.zip",
				(w) -> get("/young-people/" + w.person + "/subject-access.zip"),
				expect(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN)));
		// analysts make tokens too, for the data returns API
		Map<Actor, Outcome> tokenHolders = expect(LOGIN, FORBIDDEN, OK, OK, FORBIDDEN, OK, OK, FORBIDDEN);
		routes.add(page("GET", "/api-tokens", (w) -> get("/api-tokens"), tokenHolders));
		routes.add(page("POST", "/api-tokens", (w) -> post("/api-tokens").param("name", "Case system"), tokenHolders));
		routes.add(page("POST", "/api-tokens/{id}/revoke", (w) -> post("/api-tokens/" + w.token + "/revoke"),
				expect(LOGIN, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN)));
		routes.add(page("GET", "/admin/platforms", (w) -> get("/admin/platforms"), admins));
		routes.add(page("POST", "/admin/platforms", (w) -> post("/admin/platforms").param("name", "Yubo"), admins));
		routes.add(page("GET", "/admin/platforms/merge", (w) -> get("/admin/platforms/merge"), admins));
		routes.add(page("POST", "/admin/platforms/merge",
				(w) -> post("/admin/platforms/merge").param("variant", "Twitch").param("canonical", "YouTube"),
				admins));

		routes
			.add(api(
					"POST", "/api/v1/young-people", (
							w) -> post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON)
								.content("{\"caseReference\":\"API-" + TestData.unique()
										+ "\",\"age\":15,\"gender\":\"NOT_KNOWN\",\"referralSource\":\"SELF\"}"),
					workers));
		routes.add(api("GET", "/api/v1/young-people/{id}", (w) -> get("/api/v1/young-people/" + w.person),
				workersOfTheRecord));
		routes.add(api("POST", "/api/v1/young-people/{id}/assessments",
				(w) -> post("/api/v1/young-people/" + w.fresh + "/assessments").contentType(MediaType.APPLICATION_JSON)
					.content("{\"vulnerabilityFactors\":[\"ISOLATED\"]}"),
				workersOfTheRecord));
		routes.add(api("GET", "/api/v1/young-people/{id}/assessments/{assessmentId}",
				(w) -> get("/api/v1" + w.completedBase()), workersOfTheRecord));
		routes.add(api("PUT", "/api/v1/young-people/{id}/assessments/{assessmentId}",
				(w) -> put("/api/v1" + w.inProgressBase()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":" + w.inProgress.getVersion() + ",\"scenarios\":[\"CONTENT_HATE_SITES\"]}"),
				workersOfTheRecord));
		return routes.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void eachCallerGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		for (Actor actor : Actor.values()) {
			World world = new World();
			MockHttpServletRequestBuilder request = route.request().apply(world);
			if (actor != ANONYMOUS) {
				if (route.api()) {
					request.header("Authorization", "Bearer " + world.bearer.get(actor));
				}
				else {
					request.with(SignedIn.as(world.actors.get(actor)));
				}
			}
			if (!route.api()) {
				request.with(csrf());
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(outcome(response)).as("%s as %s (status %s)", route, actor, response.getStatus())
				.isEqualTo(route.expected().get(actor));
		}
	}

	/**
	 * The brief's rule in one place: a practitioner of another agency in the same
	 * partnership gets 404 on every route that names agency A's records, pages and API.
	 */
	@Test
	void anotherAgencysPractitionerGetsNotFoundEverywhere() throws Exception {
		List<Route> recordRoutes = routes().filter((route) -> route.path().contains("{id}"))
			.filter((route) -> !route.path().startsWith("/api-tokens"))
			.toList();
		for (Route route : recordRoutes) {
			World world = new World();
			User outsider = this.data.user(world.partnership, world.agencyB, Role.PRACTITIONER);
			MockHttpServletRequestBuilder request = route.request().apply(world);
			if (route.api()) {
				request.header("Authorization",
						"Bearer " + this.tokens.issue(new SignedInUser(outsider, false, false), "outsider").secret());
			}
			else {
				request.with(SignedIn.as(outsider)).with(csrf());
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s as another agency's practitioner", route).isEqualTo(404);
		}
	}

	@Test
	void everyAssessmentRouteIsInTheMatrix() throws Exception {
		Set<String> listed = AuthorizationMatrix.routesListedFor("assessment");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

	private static Outcome outcome(MockHttpServletResponse response) {
		// the API answers 401 where pages send to sign-in
		return (response.getStatus() == 401) ? LOGIN : Outcome.of(response);
	}

	private static Route page(String method, String path, Function<World, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected) {
		return new Route(method, path, request, expected, false);
	}

	private static Route api(String method, String path, Function<World, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected) {
		return new Route(method, path, request, expected, true);
	}

}
