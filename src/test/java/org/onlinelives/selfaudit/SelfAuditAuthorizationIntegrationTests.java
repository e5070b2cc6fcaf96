package org.onlinelives.selfaudit;

import java.io.IOException;
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
import org.onlinelives.selfaudit.audit.ActionStatus;
import org.onlinelives.selfaudit.audit.Audit;
import org.onlinelives.selfaudit.audit.AuditAction;
import org.onlinelives.selfaudit.audit.AuditActions;
import org.onlinelives.selfaudit.audit.AuditCycle;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.AuditStatement;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.selfaudit.audit.SelfAudits.CycleDetails;
import org.onlinelives.selfaudit.audit.SelfAudits.StatementInput;
import org.onlinelives.selfaudit.framework.FrameworkSection;
import org.onlinelives.support.Actor;
import org.onlinelives.support.AuthorizationMatrix;
import org.onlinelives.support.Outcome;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.support.AuthorizationMatrix.expect;
import static org.onlinelives.support.Actor.ADMIN;
import static org.onlinelives.support.Actor.ANONYMOUS;
import static org.onlinelives.support.Actor.LEAD;
import static org.onlinelives.support.Actor.OTHER_AGENCY_LEAD;
import static org.onlinelives.support.Actor.OTHER_PARTNERSHIP_ADMIN;
import static org.onlinelives.support.Actor.PRACTITIONER;
import static org.onlinelives.support.Actor.QA_REVIEWER;
import static org.onlinelives.support.Outcome.FORBIDDEN;
import static org.onlinelives.support.Outcome.LOGIN;
import static org.onlinelives.support.Outcome.NOT_FOUND;
import static org.onlinelives.support.Outcome.OK;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Calls every self-audit route as every kind of caller and checks the exact outcome. The
 * audit in each path belongs to agency A of partnership P; OTHER_AGENCY_LEAD works in
 * agency B of P (also in the cycle), and OTHER_PARTNERSHIP_ADMIN administers partnership
 * Q. A wrong role is 403 before any record is looked at; a record outside the caller's
 * scope is 404.
 */
class SelfAuditAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	SelfAudits selfAudits;

	@Autowired
	AuditQa qa;

	@Autowired
	AuditActions actions;

	enum Stage {

		IN_PROGRESS, SUBMITTED, CHALLENGED, ALL_AGREED, AGREED, SIGNED_OFF

	}

	/** A fresh partnership with an audit of agency A at the stage the route needs. */
	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final Map<Actor, User> actors = new EnumMap<>(Actor.class);

		final AuditCycle cycle;

		final AuditCycle cycleForAOnly;

		final Audit audit;

		World(Stage stage) {
			this.actors.putAll(data.actors(this.partnership, this.agencyA, this.agencyB));
			this.cycle = cycle(List.of(this.agencyA.getId(), this.agencyB.getId()));
			this.cycleForAOnly = cycle(List.of(this.agencyA.getId()));
			this.audit = advance(selfAudits.start(as(LEAD), this.cycle.getId()), stage);
		}

		private AuditCycle cycle(List<Long> agencies) {
			return selfAudits.openCycle(as(ADMIN), new CycleDetails("Cycle " + TestData.unique(),
					LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 31), agencies));
		}

		SignedInUser as(Actor actor) {
			return new SignedInUser(this.actors.get(actor), false, false);
		}

		Audit reload() {
			return selfAudits.viewable(as(LEAD), this.audit.getId());
		}

		private AuditAction action;

		/** An action in agency A's plan, made on first use. */
		AuditAction action() {
			if (this.action == null) {
				this.action = actions.save(AuditAction.add(this.audit, "1.1", "Count cases", null, null,
						ActionStatus.NOT_STARTED, null, java.time.Instant.now()));
			}
			return this.action;
		}

		SelfAuditAuthorizationIntegrationTests owner() {
			return SelfAuditAuthorizationIntegrationTests.this;
		}

		private Audit advance(Audit started, Stage stage) {
			if (stage == Stage.IN_PROGRESS) {
				return started;
			}
			for (FrameworkSection section : selfAudits.framework(started).sections()) {
				Map<String, AuditStatement> current = selfAudits.statements(started);
				List<StatementInput> inputs = section.statements()
					.stream()
					.map((statement) -> new StatementInput(statement.number(), 2, "Evidence", null,
							current.get(statement.number()).getVersion()))
					.toList();
				selfAudits.saveSection(as(LEAD), selfAudits.viewable(as(LEAD), started.getId()), section.number(),
						inputs);
			}
			selfAudits.submit(as(LEAD), selfAudits.viewable(as(LEAD), started.getId()));
			Audit audit = selfAudits.viewable(as(LEAD), started.getId());
			if (stage == Stage.SUBMITTED) {
				return audit;
			}
			if (stage == Stage.CHALLENGED) {
				qa.challenge(as(QA_REVIEWER), audit, "1.1", "Show the data", 1);
				return selfAudits.viewable(as(LEAD), audit.getId());
			}
			qa.confirmRemaining(as(QA_REVIEWER), audit);
			if (stage == Stage.ALL_AGREED) {
				return selfAudits.viewable(as(LEAD), audit.getId());
			}
			qa.agree(as(QA_REVIEWER), selfAudits.viewable(as(LEAD), audit.getId()));
			if (stage == Stage.AGREED) {
				return selfAudits.viewable(as(LEAD), audit.getId());
			}
			qa.signOff(as(QA_REVIEWER), selfAudits.viewable(as(LEAD), audit.getId()));
			return selfAudits.viewable(as(LEAD), audit.getId());
		}

	}

	record Route(String method, String path, Stage stage, Function<World, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static Stream<Route> routes() {
		List<Route> routes = new ArrayList<>();
		Map<Actor, Outcome> administrators = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				OK);
		Map<Actor, Outcome> administratorsOfTheRecord = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND);
		Map<Actor, Outcome> auditUsers = expect(LOGIN, OK, OK, OK, OK, FORBIDDEN, OK, OK);
		Map<Actor, Outcome> viewersOfTheAudit = expect(LOGIN, OK, OK, OK, OK, FORBIDDEN, NOT_FOUND, NOT_FOUND);
		Map<Actor, Outcome> viewersBeforeSubmission = expect(LOGIN, OK, OK, OK, NOT_FOUND, FORBIDDEN, NOT_FOUND,
				NOT_FOUND);
		Map<Actor, Outcome> leadOfTheAudit = expect(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND,
				FORBIDDEN);
		Map<Actor, Outcome> editorsOfTheSection = expect(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				NOT_FOUND, FORBIDDEN);
		Map<Actor, Outcome> reviewers = expect(LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);

		routes.add(route("GET", "/audit-cycles", Stage.IN_PROGRESS, (w) -> get("/audit-cycles"), administrators));
		routes
			.add(route("GET", "/audit-cycles/new", Stage.IN_PROGRESS, (w) -> get("/audit-cycles/new"), administrators));
		routes.add(route("POST", "/audit-cycles", Stage.IN_PROGRESS,
				(w) -> post("/audit-cycles").param("name", "New " + TestData.unique())
					.param("periodStart", "2026-04-01")
					.param("periodEnd", "2027-03-31")
					.param("deadline", "2026-12-31")
					.param("agencyIds", w.agencyA.getId().toString()),
				administratorsOfTheRecord));
		routes.add(route("GET", "/audit-cycles/{id}", Stage.IN_PROGRESS, (w) -> get("/audit-cycles/" + w.cycle.getId()),
				administratorsOfTheRecord));
		routes.add(route("GET", "/audit-cycles/settings", Stage.IN_PROGRESS, (w) -> get("/audit-cycles/settings"),
				administrators));
		routes.add(route("POST", "/audit-cycles/settings", Stage.IN_PROGRESS,
				(w) -> post("/audit-cycles/settings").param("amberFromPercent", "40").param("greenFromPercent", "80"),
				administrators));
		routes.add(route("GET", "/audits", Stage.IN_PROGRESS, (w) -> get("/audits"), auditUsers));
		routes.add(route("POST", "/audits", Stage.IN_PROGRESS,
				(w) -> post("/audits").param("cycleId", w.cycleForAOnly.getId().toString()), leadOfTheAudit));
		routes.add(route("GET", "/audits/{id}", Stage.SUBMITTED, (w) -> get("/audits/" + w.audit.getId()),
				viewersOfTheAudit));
		routes.add(route("GET", "/audits/{id}/submit", Stage.IN_PROGRESS,
				(w) -> get("/audits/" + w.audit.getId() + "/submit"), leadOfTheAudit));
		routes.add(route("POST", "/audits/{id}/submit", Stage.IN_PROGRESS,
				(w) -> post("/audits/" + w.audit.getId() + "/submit"), leadOfTheAudit));
		routes.add(route("GET", "/audits/{id}/sections/{section}", Stage.IN_PROGRESS,
				(w) -> get("/audits/" + w.audit.getId() + "/sections/1"), viewersBeforeSubmission));
		routes.add(route("POST", "/audits/{id}/sections/{section}", Stage.IN_PROGRESS, (w) -> {
			MockHttpServletRequestBuilder request = post("/audits/" + w.audit.getId() + "/sections/1");
			Map<String, AuditStatement> statements = w.reload() == null ? Map.of()
					: selfAuditsOf(w).statements(w.reload());
			for (int i = 0; i < 6; i++) {
				String number = "1." + (i + 1);
				request.param("statements[" + i + "].number", number)
					.param("statements[" + i + "].version", String.valueOf(statements.get(number).getVersion()))
					.param("statements[" + i + "].score", "3");
			}
			return request;
		}, editorsOfTheSection));
		routes.add(route("POST", "/audits/{id}/sections/{section}/assignment", Stage.IN_PROGRESS,
				(w) -> post("/audits/" + w.audit.getId() + "/sections/2/assignment").param("assigneeId",
						w.actors.get(PRACTITIONER).getId().toString()),
				leadOfTheAudit));
		routes.add(route("GET", "/audits/{id}/qa", Stage.SUBMITTED, (w) -> get("/audits/" + w.audit.getId() + "/qa"),
				viewersOfTheAudit));
		routes.add(route("GET", "/audits/{id}/statements/{number}/review", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/statements/1.1/review"), reviewers));
		routes.add(route("POST", "/audits/{id}/statements/{number}/review", Stage.SUBMITTED,
				(w) -> post("/audits/" + w.audit.getId() + "/statements/1.1/review").param("decision", "CONFIRM"),
				reviewers));
		routes.add(route("GET", "/audits/{id}/qa/confirm-remaining", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/qa/confirm-remaining"), reviewers));
		routes.add(route("POST", "/audits/{id}/qa/confirm-remaining", Stage.SUBMITTED,
				(w) -> post("/audits/" + w.audit.getId() + "/qa/confirm-remaining"), reviewers));
		routes.add(route("GET", "/audits/{id}/statements/{number}/response", Stage.CHALLENGED,
				(w) -> get("/audits/" + w.audit.getId() + "/statements/1.1/response"), leadOfTheAudit));
		routes.add(route("POST", "/audits/{id}/statements/{number}/response", Stage.CHALLENGED,
				(w) -> post("/audits/" + w.audit.getId() + "/statements/1.1/response").param("decision", "ANSWER")
					.param("response", "See the report"),
				leadOfTheAudit));
		routes.add(route("POST", "/audits/{id}/agree", Stage.ALL_AGREED,
				(w) -> post("/audits/" + w.audit.getId() + "/agree"), reviewers));
		routes.add(route("GET", "/audits/{id}/sign-off", Stage.AGREED,
				(w) -> get("/audits/" + w.audit.getId() + "/sign-off"), reviewers));
		routes.add(route("POST", "/audits/{id}/sign-off", Stage.AGREED,
				(w) -> post("/audits/" + w.audit.getId() + "/sign-off").param("confirmed", "yes"), reviewers));
		routes.add(route("GET", "/audits/{id}/history", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/history"), viewersOfTheAudit));
		routes.add(route("GET", "/audits/{id}/results", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/results"), viewersOfTheAudit));
		routes.add(route("GET", "/audits/{id}/report.pdf", Stage.SIGNED_OFF,
				(w) -> get("/audits/" + w.audit.getId() + "/report.pdf"), viewersOfTheAudit));
		routes.add(route("GET", "/audit-results", Stage.SUBMITTED, (w) -> get("/audit-results"),
				expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, OK)));
		routes.add(route("GET", "/audits/{id}/comparison", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/comparison"), viewersOfTheAudit));
		routes.add(route("GET", "/audit-results/export.csv", Stage.SUBMITTED,
				(w) -> get("/audit-results/export.csv").param("cycle", w.cycle.getId().toString()),
				expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, NOT_FOUND)));
		routes.add(route("GET", "/audit-results/export.xlsx", Stage.SUBMITTED,
				(w) -> get("/audit-results/export.xlsx").param("cycle", w.cycle.getId().toString()),
				expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, NOT_FOUND)));
		routes.add(route("GET", "/audits/{id}/actions", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/actions"), viewersOfTheAudit));
		routes.add(route("GET", "/audits/{id}/actions/new", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/actions/new"), leadOfTheAudit));
		routes.add(route("POST", "/audits/{id}/actions", Stage.SUBMITTED,
				(w) -> post("/audits/" + w.audit.getId() + "/actions").param("description", "Do it")
					.param("status", "NOT_STARTED"),
				leadOfTheAudit));
		routes.add(route("GET", "/audits/{id}/actions/{actionId}", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/actions/" + w.action().getId()), leadOfTheAudit));
		routes.add(route("POST", "/audits/{id}/actions/{actionId}", Stage.SUBMITTED,
				(w) -> post("/audits/" + w.audit.getId() + "/actions/" + w.action().getId())
					.param("description", "Done it")
					.param("status", "DONE")
					.param("version", "0"),
				leadOfTheAudit));
		routes.add(route("GET", "/audits/{id}/actions/{actionId}/escalation", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/actions/" + w.action().getId() + "/escalation"),
				leadOfTheAudit));
		routes.add(route("POST", "/audits/{id}/actions/{actionId}/escalation", Stage.SUBMITTED,
				(w) -> post("/audits/" + w.audit.getId() + "/actions/" + w.action().getId() + "/escalation")
					.param("reason", "Needs the partnership"),
				leadOfTheAudit));
		routes.add(route("GET", "/audits/{id}/feedback", Stage.SUBMITTED,
				(w) -> get("/audits/" + w.audit.getId() + "/feedback"), leadOfTheAudit));
		routes.add(route("POST", "/audits/{id}/feedback", Stage.SUBMITTED,
				(w) -> post("/audits/" + w.audit.getId() + "/feedback").param("answers[0]", "Fine"), leadOfTheAudit));
		routes.add(route("GET", "/audit-feedback", Stage.SUBMITTED, (w) -> get("/audit-feedback"), administrators));
		return routes.stream();
	}

	private static SelfAudits selfAuditsOf(World world) {
		return world.owner().selfAudits;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void everyCallerGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		Map<Actor, Outcome> actual = new LinkedHashMap<>();
		World shared = route.method().equals("GET") ? new World(route.stage()) : null;
		for (Actor actor : Actor.values()) {
			// a fresh world for every call that changes things
			World world = (shared != null) ? shared : new World(route.stage());
			MockHttpServletRequestBuilder request = route.request().apply(world).with(csrf());
			if (actor != ANONYMOUS) {
				request.with(SignedIn.as(world.actors.get(actor)));
			}
			actual.put(actor, Outcome.of(this.mvc.perform(request).andReturn().getResponse()));
		}
		assertThat(actual).as(route.toString()).isEqualTo(route.expected());
	}

	static Stream<Route> auditRoutesForReviewers() {
		return routes().filter((route) -> route.path().startsWith("/audits/{id}"));
	}

	/**
	 * A QA reviewer of the audit's own agency would be marking their own work: every
	 * route a reviewer from another agency may use is 404 for them, at the stage the
	 * route needs.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("auditRoutesForReviewers")
	void aReviewerOfTheAuditsOwnAgencyGetsNotFound(Route route) throws Exception {
		World world = new World(route.stage());
		User ownAgencyReviewer = data.user(world.partnership, world.agencyA,
				org.onlinelives.platform.people.Role.QA_REVIEWER);
		Outcome outsider = route.expected().get(QA_REVIEWER);
		Outcome expected = (outsider == OK) ? NOT_FOUND : outsider;
		MockHttpServletRequestBuilder request = route.request()
			.apply(world)
			.with(csrf())
			.with(SignedIn.as(ownAgencyReviewer));
		assertThat(Outcome.of(this.mvc.perform(request).andReturn().getResponse())).as(route.toString())
			.isEqualTo(expected);
	}

	static Stream<Route> auditRoutesOpenToReviewers() {
		return auditRoutesForReviewers().filter((route) -> route.expected().get(QA_REVIEWER) == OK);
	}

	/**
	 * Before the agency submits its audit, it is their work in progress: a QA reviewer
	 * gets 404 on every audit route they may use once it is submitted.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("auditRoutesOpenToReviewers")
	void aReviewerGetsNotFoundOnAnAuditNotYetSubmitted(Route route) throws Exception {
		World world = new World(Stage.IN_PROGRESS);
		Outcome expected = NOT_FOUND;
		MockHttpServletRequestBuilder request = route.request()
			.apply(world)
			.with(csrf())
			.with(SignedIn.as(world.actors.get(QA_REVIEWER)));
		assertThat(Outcome.of(this.mvc.perform(request).andReturn().getResponse())).as(route.toString())
			.isEqualTo(expected);
	}

	@Test
	void aReviewerIsNotOfferedTheirOwnAgencysAuditForQa() {
		World world = new World(Stage.SUBMITTED);
		SignedInUser ownAgencyReviewer = new SignedInUser(
				data.user(world.partnership, world.agencyA, org.onlinelives.platform.people.Role.QA_REVIEWER), false,
				false);
		assertThat(this.selfAudits.awaitingQa(ownAgencyReviewer)).extracting(Audit::getId)
			.doesNotContain(world.audit.getId());
		assertThat(this.selfAudits.awaitingQa(world.as(QA_REVIEWER))).extracting(Audit::getId)
			.contains(world.audit.getId());
	}

	@Test
	void theTableCoversEverySelfAuditRoute() throws IOException {
		Set<String> listed = AuthorizationMatrix.routesListedFor("selfaudit");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

	private static Route route(String method, String path, Stage stage,
			Function<World, MockHttpServletRequestBuilder> request, Map<Actor, Outcome> expected) {
		return new Route(method, path, stage, request, expected);
	}

}
