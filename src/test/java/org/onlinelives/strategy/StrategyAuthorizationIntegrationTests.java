package org.onlinelives.strategy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
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
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.selfaudit.AuditActionEscalated;
import org.onlinelives.strategy.plan.Escalation;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.support.Actor;
import org.onlinelives.support.AuthorizationMatrix;
import org.onlinelives.support.Outcome;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.support.Actor.ADMIN;
import static org.onlinelives.support.Actor.ANONYMOUS;
import static org.onlinelives.support.AuthorizationMatrix.expect;
import static org.onlinelives.support.Outcome.FORBIDDEN;
import static org.onlinelives.support.Outcome.LOGIN;
import static org.onlinelives.support.Outcome.NOT_FOUND;
import static org.onlinelives.support.Outcome.OK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls every strategy route as every kind of caller. The plan action and escalation in
 * each path belong to partnership P; the action is owned by agency A, whose lead may
 * record its progress. A wrong role is 403 before any record is looked at; a record
 * outside the caller's partnership is 404.
 */
class StrategyAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	PartnershipPlan plan;

	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final Map<Actor, User> actors = new EnumMap<>(Actor.class);

		final PlanAction action;

		final Escalation escalation;

		World() {
			this.actors.putAll(data.actors(this.partnership, this.agencyA, this.agencyB));
			this.action = plan.create(as(ADMIN),
					new PlanAction.Details(StrategicPriority.LEADERSHIP, "Name a lead for safeguarding in education",
							null, this.agencyA.getId(), null, LocalDate.of(2027, 3, 31), List.of()),
					null);
			long auditActionId = Math.abs(System.nanoTime());
			plan.receive(new AuditActionEscalated(this.partnership.getId(), this.agencyA.getId(), 1L, auditActionId,
					"1.4", "We track these figures over time", 1, "Track trends", "Needs partners", Instant.now()));
			this.escalation = plan.waiting(as(ADMIN)).get(0);
		}

		SignedInUser as(Actor actor) {
			return new SignedInUser(this.actors.get(actor), false, false);
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
		Map<Actor, Outcome> everyone = expect(LOGIN, OK, OK, OK, OK, OK, OK, OK);
		Map<Actor, Outcome> planReaders = expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, OK, OK, OK);
		Map<Actor, Outcome> planReadersOfTheRecord = expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, OK, OK, NOT_FOUND);
		Map<Actor, Outcome> administrators = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				OK);
		Map<Actor, Outcome> administratorsOfTheRecord = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND);
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/plan", (w) -> get("/plan"), planReaders));
		routes.add(new Route("GET", "/plan/actions/new", (w) -> get("/plan/actions/new"), administrators));
		routes.add(new Route("POST", "/plan/actions",
				(w) -> post("/plan/actions").param("priority", "RAISING_AWARENESS")
					.param("title", "Sessions for parents")
					.param("dueDay", "1")
					.param("dueMonth", "10")
					.param("dueYear", "2027"),
				administrators));
		routes.add(new Route("GET", "/plan/actions/{id}", (w) -> get("/plan/actions/" + w.action.getId()),
				planReadersOfTheRecord));
		routes.add(new Route("GET", "/plan/actions/{id}/edit",
				(w) -> get("/plan/actions/" + w.action.getId() + "/edit"), administratorsOfTheRecord));
		routes.add(new Route("POST", "/plan/actions/{id}/edit",
				(w) -> post("/plan/actions/" + w.action.getId() + "/edit").param("priority", "LEADERSHIP")
					.param("title", "Renamed")
					.param("dueDay", "1")
					.param("dueMonth", "10")
					.param("dueYear", "2027")
					.param("version", w.action.getVersion().toString()),
				administratorsOfTheRecord));
		// agency A owns the action: its lead records progress, agency B's may not
		routes.add(new Route("POST", "/plan/actions/{id}/progress",
				(w) -> post("/plan/actions/" + w.action.getId() + "/progress").param("note", "Started")
					.param("status", "IN_PROGRESS")
					.param("rag", "GREEN")
					.param("version", w.action.getVersion().toString()),
				expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND)));
		routes.add(new Route("GET", "/plan/recommendations", (w) -> get("/plan/recommendations"), planReaders));
		routes.add(new Route("POST", "/plan/recommendations/{code}",
				(w) -> post("/plan/recommendations/R5").param("decision", "ADOPT"), administrators));
		routes.add(new Route("GET", "/plan/escalations", (w) -> get("/plan/escalations"), administrators));
		routes.add(new Route("POST", "/plan/escalations/{id}",
				(w) -> post("/plan/escalations/" + w.escalation.getId())
					.param("planActionId", w.action.getId().toString())
					.param("version", w.escalation.getVersion().toString()),
				administratorsOfTheRecord));
		routes.add(new Route("GET", "/plan/board-report.pdf", (w) -> get("/plan/board-report.pdf"), administrators));
		routes.add(new Route("GET", "/points-of-contact", (w) -> get("/points-of-contact"), everyone));
		return routes.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void everyCallerGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		Map<Actor, Outcome> actual = new LinkedHashMap<>();
		World shared = route.method().equals("GET") ? new World() : null;
		for (Actor actor : Actor.values()) {
			World world = (shared != null) ? shared : new World();
			MockHttpServletRequestBuilder request = route.request().apply(world).with(csrf());
			if (actor != ANONYMOUS) {
				request.with(SignedIn.as(world.actors.get(actor)));
			}
			actual.put(actor, Outcome.of(this.mvc.perform(request).andReturn().getResponse()));
		}
		assertThat(actual).as(route.toString()).isEqualTo(route.expected());
	}

	@Test
	void theTableCoversEveryStrategyRoute() throws IOException {
		Set<String> listed = AuthorizationMatrix.routesListedFor("strategy");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

}
