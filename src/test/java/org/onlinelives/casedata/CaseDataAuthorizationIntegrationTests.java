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
import java.time.YearMonth;
import java.util.EnumMap;

import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.casedata.returns.ReturnFrequency;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.UkTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.casedata.casestudies.CaseStudy;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.people.Role;
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
import static org.onlinelives.support.Outcome.CREDENTIALS;
import static org.onlinelives.support.Outcome.FORBIDDEN;
import static org.onlinelives.support.Outcome.NOT_FOUND;
import static org.onlinelives.support.Outcome.LOGIN;
import static org.onlinelives.support.Outcome.OK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls every case data route as every kind of caller. Agency leads read only their own
 * agency's dashboard (its scope comes from the signed-in person, never from the request);
 * administrators and analysts read partnership figures; only administrators rebuild. Data
 * returns: administrators set the timetable, leads review and submit their own agency's
 * return, a submitted return is read by its agency's lead and by the partnership's
 * administrators and analysts (anyone else in scope gets 404), and the API answers
 * analysts' tokens only. Case studies: everyone in the partnership reads the library;
 * practitioners propose and work on their drafts; the agency's lead and the partnership's
 * administrators decide; a draft of another agency or partnership is not found.
 */
class CaseDataAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	DataReturnService returns;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	CaseStudyWorkflow workflow;

	/**
	 * A fresh partnership for each route: a quarterly timetable and agency A's submitted
	 * return; agency A's practitioner has a draft case study with a possible identifier,
	 * a draft waiting for the lead and a published study.
	 */
	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final Map<Actor, User> actors = data.actors(this.partnership, this.agencyA, this.agencyB);

		final Map<Actor, String> bearer = new EnumMap<>(Actor.class);

		final String period = YearMonth.now(UkTime.ZONE).minusMonths(2).toString();

		final long returnId;

		final String reference;

		final CaseStudy draft;

		final CaseStudy submitted;

		final CaseStudy published;

		World() {
			SignedInUser admin = new SignedInUser(this.actors.get(Actor.ADMIN), false, false);
			returns.setTimetable(admin, ReturnFrequency.QUARTERLY, YearMonth.parse(this.period), 30, null);
			SignedInUser lead = new SignedInUser(this.actors.get(Actor.LEAD), false, false);
			this.returnId = returns.submit(lead, this.period, "Matrix return", 0).getId();
			this.actors.forEach((actor, user) -> this.bearer.put(actor,
					tokens.issue(new SignedInUser(user, false, false), "matrix").secret()));
			User practitioner = this.actors.get(Actor.PRACTITIONER);
			this.reference = CaseStudyTestCases.assessedCase(youngPeople, assessments, practitioner,
					"CONTENT_HATE_SITES");
			this.draft = CaseStudyTestCases.draft(workflow, practitioner, this.reference, "She told Jane about it.");
			this.submitted = CaseStudyTestCases.submitted(workflow, practitioner, this.reference);
			this.published = CaseStudyTestCases.published(workflow, practitioner, this.actors.get(Actor.LEAD),
					this.actors.get(Actor.ADMIN), this.reference);
		}

		String draftPath() {
			return "/case-studies/drafts/" + this.draft.getId();
		}

	}

	record Route(String method, String path, Function<World, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected, boolean api) {

		Route(String method, String path, Function<World, MockHttpServletRequestBuilder> request,
				Map<Actor, Outcome> expected) {
			this(method, path, request, expected, false);
		}

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
		// data returns (issue 12 item 5)
		Map<Actor, Outcome> returnReaders = expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, NOT_FOUND);
		Map<Actor, Outcome> analysts = expect(CREDENTIALS, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN,
				FORBIDDEN);
		routes.add(new Route("GET", "/case-data/returns", (w) -> get("/case-data/returns"), leads));
		routes.add(new Route("GET", "/case-data/returns/periods/{period}",
				(w) -> get("/case-data/returns/periods/" + w.period), leads));
		routes.add(new Route("POST", "/case-data/returns/periods/{period}",
				(w) -> post("/case-data/returns/periods/" + w.period).param("comment", "Matrix")
					.param("seenVersion", "0"),
				leads));
		routes
			.add(new Route("GET", "/case-data/returns/timetable", (w) -> get("/case-data/returns/timetable"), admins));
		routes.add(new Route("POST", "/case-data/returns/timetable",
				(w) -> post("/case-data/returns/timetable").param("frequency", "MONTHLY")
					.param("firstMonth", "1")
					.param("firstYear", String.valueOf(YearMonth.now(UkTime.ZONE).getYear()))
					.param("dueDays", "20")
					.param("version", "0"),
				admins));
		routes.add(new Route("GET", "/case-data/partnership/returns", (w) -> get("/case-data/partnership/returns"),
				partnership));
		routes.add(new Route("GET", "/case-data/returns/{id}", (w) -> get("/case-data/returns/" + w.returnId),
				returnReaders));
		for (String format : List.of("csv", "xlsx", "pdf")) {
			routes.add(new Route("GET", "/case-data/returns/{id}/export." + format,
					(w) -> get("/case-data/returns/" + w.returnId + "/export." + format), returnReaders));
		}
		routes.add(new Route("GET", "/api/v1/returns", (w) -> get("/api/v1/returns"), analysts, true));
		routes
			.add(new Route("GET", "/api/v1/returns/{id}", (w) -> get("/api/v1/returns/" + w.returnId), analysts, true));
		caseStudyRoutes(routes);
		return routes.stream();
	}

	static void caseStudyRoutes(List<Route> routes) {
		// anonymous, admin, lead, practitioner, QA, analyst, other agency's lead, other
		// partnership's admin
		Map<Actor, Outcome> everyone = expect(LOGIN, OK, OK, OK, OK, OK, OK, OK);
		Map<Actor, Outcome> partnershipOnly = expect(LOGIN, OK, OK, OK, OK, OK, OK, NOT_FOUND);
		Map<Actor, Outcome> practitioners = expect(LOGIN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		Map<Actor, Outcome> draftLists = expect(LOGIN, OK, OK, OK, FORBIDDEN, FORBIDDEN, OK, OK);
		Map<Actor, Outcome> draftReaders = expect(LOGIN, OK, OK, OK, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND);
		Map<Actor, Outcome> deciders = expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND);
		routes.add(new Route("GET", "/case-studies", (w) -> get("/case-studies").param("c", "CONTENT"), everyone));
		routes.add(new Route("GET", "/case-studies/{id}", (w) -> get("/case-studies/" + w.published.getId()),
				partnershipOnly));
		routes.add(new Route("GET", "/case-studies/new", (w) -> get("/case-studies/new"), practitioners));
		routes.add(new Route("POST", "/case-studies",
				(w) -> post("/case-studies").param("caseReference", w.reference)
					.param("title", "Another study")
					.param("narrative", "What happened."),
				practitioners));
		routes.add(new Route("GET", "/case-studies/drafts", (w) -> get("/case-studies/drafts"), draftLists));
		routes.add(new Route("GET", "/case-studies/drafts/{id}",
				(w) -> get("/case-studies/drafts/" + w.submitted.getId()), draftReaders));
		routes.add(new Route("POST", "/case-studies/drafts/{id}",
				(w) -> post(w.draftPath()).param("title", "Changed")
					.param("narrative", "She told Jane about it.")
					.param("version", String.valueOf(w.draft.getVersion())),
				practitioners));
		routes.add(new Route("POST", "/case-studies/drafts/{id}/redact",
				(w) -> post(w.draftPath() + "/redact").param("text", "Jane")
					.param("version", String.valueOf(w.draft.getVersion())),
				practitioners));
		routes.add(new Route("POST", "/case-studies/drafts/{id}/submit",
				(w) -> post(w.draftPath() + "/submit").param("version", String.valueOf(w.draft.getVersion())),
				practitioners));
		routes.add(new Route("GET", "/case-studies/drafts/{id}/not-identifier",
				(w) -> get(w.draftPath() + "/not-identifier").param("kind", "NAME").param("text", "Jane"),
				practitioners));
		routes.add(new Route("POST", "/case-studies/drafts/{id}/not-identifier",
				(w) -> post(w.draftPath() + "/not-identifier").param("kind", "NAME")
					.param("text", "Jane")
					.param("reason", "A made-up name")
					.param("version", String.valueOf(w.draft.getVersion())),
				practitioners));
		routes.add(new Route("POST", "/case-studies/drafts/{id}/decision",
				(w) -> post("/case-studies/drafts/" + w.submitted.getId() + "/decision").param("decision", "APPROVE")
					.param("version", String.valueOf(w.submitted.getVersion())),
				deciders));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void eachCallerGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		World world = new World();
		for (Actor actor : Actor.values()) {
			MockHttpServletRequestBuilder request = route.request().apply(world);
			if (route.api()) {
				if (actor != ANONYMOUS) {
					request.header("Authorization", "Bearer " + world.bearer.get(actor));
				}
			}
			else {
				request.with(csrf());
				if (actor != ANONYMOUS) {
					request.with(SignedIn.as(world.actors.get(actor)));
				}
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(Outcome.of(response)).as("%s as %s (status %s)", route, actor, response.getStatus())
				.isEqualTo(route.expected().get(actor));
		}
	}

	/**
	 * Another partnership's analyst, by token or page, and a lead of another agency, get
	 * 404 for a return: its id says nothing outside its scope.
	 */
	@Test
	void aReturnIsNotFoundOutsideItsScope() throws Exception {
		World world = new World();
		World other = new World();
		User otherAnalyst = other.actors.get(Actor.ANALYST);
		assertThat(this.mvc
			.perform(get("/api/v1/returns/" + world.returnId).header("Authorization",
					"Bearer " + other.bearer.get(Actor.ANALYST)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc
			.perform(get("/api/v1/returns/not-a-number").header("Authorization",
					"Bearer " + other.bearer.get(Actor.ANALYST)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		for (String path : List.of("", "/export.csv", "/export.xlsx", "/export.pdf")) {
			assertThat(
					this.mvc.perform(get("/case-data/returns/" + world.returnId + path).with(SignedIn.as(otherAnalyst)))
						.andReturn()
						.getResponse()
						.getStatus())
				.as(path)
				.isEqualTo(404);
		}
		assertThat(this.mvc
			.perform(get("/case-data/returns/periods/1999-01").with(SignedIn.as(world.actors.get(Actor.LEAD))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(
				this.mvc.perform(get("/case-data/returns/periods/junk").with(SignedIn.as(world.actors.get(Actor.LEAD))))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(404);
	}

	/**
	 * A practitioner of another agency in the same partnership finds none of agency A's
	 * drafts, and a lead of another agency cannot decide on them.
	 */
	@Test
	void anotherAgencysDraftIsNotFound() throws Exception {
		World world = new World();
		User stranger = this.data.user(world.partnership, world.agencyB, Role.PRACTITIONER);
		List<MockHttpServletRequestBuilder> requests = List.of(get(world.draftPath()),
				get("/case-studies/drafts/" + world.submitted.getId()),
				post(world.draftPath()).param("title", "Mine now")
					.param("narrative", "Text")
					.param("version", String.valueOf(world.draft.getVersion())),
				post(world.draftPath() + "/redact").param("text", "Jane").param("version", "0"),
				post(world.draftPath() + "/submit").param("version", String.valueOf(world.draft.getVersion())),
				get(world.draftPath() + "/not-identifier").param("kind", "NAME").param("text", "Jane"),
				post(world.draftPath() + "/not-identifier").param("kind", "NAME")
					.param("text", "Jane")
					.param("reason", "x")
					.param("version", String.valueOf(world.draft.getVersion())));
		for (MockHttpServletRequestBuilder request : requests) {
			MockHttpServletResponse response = this.mvc.perform(request.with(csrf()).with(SignedIn.as(stranger)))
				.andReturn()
				.getResponse();
			assertThat(Outcome.of(response)).as("%s", request).isEqualTo(NOT_FOUND);
		}
		MockHttpServletResponse decision = this.mvc
			.perform(post("/case-studies/drafts/" + world.submitted.getId() + "/decision").param("decision", "APPROVE")
				.param("version", String.valueOf(world.submitted.getVersion()))
				.with(csrf())
				.with(SignedIn.as(world.actors.get(Actor.OTHER_AGENCY_LEAD))))
			.andReturn()
			.getResponse();
		assertThat(Outcome.of(decision)).isEqualTo(NOT_FOUND);
		// and a partnership's published study is not found from another partnership
		User outsider = this.data.user(this.data.partnership(), null, Role.PARTNERSHIP_ADMIN);
		assertThat(
				Outcome.of(this.mvc.perform(get("/case-studies/" + world.published.getId()).with(SignedIn.as(outsider)))
					.andReturn()
					.getResponse()))
			.isEqualTo(NOT_FOUND);
	}

	@Test
	void everyCaseDataRouteIsInTheMatrix() throws Exception {
		Set<String> listed = AuthorizationMatrix.routesListedFor("casedata");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

}
