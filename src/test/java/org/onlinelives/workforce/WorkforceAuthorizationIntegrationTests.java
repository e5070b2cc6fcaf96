package org.onlinelives.workforce;

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
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.support.Actor;
import org.onlinelives.support.AuthorizationMatrix;
import org.onlinelives.support.Outcome;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.workforce.bulletins.Bulletin;
import org.onlinelives.workforce.bulletins.BulletinBoard;
import org.onlinelives.workforce.bulletins.CodeOfConduct;
import org.onlinelives.workforce.bulletins.ConductCodeVersion;
import org.onlinelives.workforce.training.Course;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingLevel;
import org.onlinelives.workforce.training.TrainingRecord;
import org.onlinelives.workforce.training.TrainingSuggestion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onlinelives.support.Actor.ADMIN;
import static org.onlinelives.support.Actor.ANONYMOUS;
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
 * Calls every training route as every kind of caller. The course, record and suggestion
 * in each path belong to partnership P; the record is agency A's practitioner's. A wrong
 * role is 403 before any record is looked at; a record outside the caller's reach is 404.
 */
class WorkforceAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	Training training;

	@Autowired
	BulletinBoard board;

	@Autowired
	CodeOfConduct code;

	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final Map<Actor, User> actors = new EnumMap<>(Actor.class);

		final Course course;

		final TrainingRecord record;

		final TrainingSuggestion suggestion;

		final Bulletin published;

		final Bulletin draft;

		final ConductCodeVersion codeVersion;

		World() {
			this.actors.putAll(data.actors(this.partnership, this.agencyA, this.agencyB));
			this.course = training.addCourse(as(ADMIN), new Course.Details("Course " + System.nanoTime(),
					TrainingLevel.PRACTITIONER, "Training team", 90, List.of("2.1"), 12, false));
			this.record = training.record(as(PRACTITIONER), null, this.course.getId(), LocalDate.of(2026, 1, 5), null);
			this.suggestion = training.suggest(as(PRACTITIONER), "Gaming and grooming");
			// a bulletin for everyone in the partnership, and a draft
			Bulletin bulletin = board.draft(as(ADMIN),
					new Bulletin.Details("CEOP update", "Reporting has moved.", List.of(), List.of()));
			board.publish(as(ADMIN), bulletin.getId(), bulletin.getVersion());
			this.published = board.readable(as(ADMIN), bulletin.getId());
			this.draft = board.draft(as(ADMIN),
					new Bulletin.Details("Draft", "Not yet sent.", List.of(Role.PRACTITIONER), List.of()));
			this.codeVersion = code.publish(as(ADMIN), "Use approved accounts only.", null, 0);
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
		Map<Actor, Outcome> administrators = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				OK);
		Map<Actor, Outcome> administratorsOfTheRecord = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND);
		Map<Actor, Outcome> everyoneInThePartnership = expect(LOGIN, OK, OK, OK, OK, OK, OK, NOT_FOUND);
		Map<Actor, Outcome> thePersonTrained = expect(LOGIN, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/training", (w) -> get("/training"), everyone));
		routes.add(new Route("GET", "/training/staff", (w) -> get("/training/staff"),
				expect(LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN)));
		routes.add(new Route("GET", "/training/records/new", (w) -> get("/training/records/new"), everyone));
		// Recording for agency A's practitioner: themselves, or agency A's lead.
		routes.add(new Route("POST", "/training/records",
				(w) -> post("/training/records").param("personId", w.actors.get(PRACTITIONER).getId().toString())
					.param("courseId", w.course.getId().toString())
					.param("completedOn", "2026-02-01"),
				expect(LOGIN, NOT_FOUND, OK, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)));
		routes.add(new Route("GET", "/training/records/{id}/evaluation",
				(w) -> get("/training/records/" + w.record.getId() + "/evaluation"), thePersonTrained));
		routes.add(new Route("POST", "/training/records/{id}/evaluation",
				(w) -> post("/training/records/" + w.record.getId() + "/evaluation").param("confidenceBefore", "2")
					.param("confidenceAfter", "4"),
				thePersonTrained));
		routes.add(new Route("GET", "/training/courses", (w) -> get("/training/courses"), everyone));
		routes.add(new Route("GET", "/training/courses/new", (w) -> get("/training/courses/new"), administrators));
		routes.add(new Route("POST", "/training/courses",
				(w) -> post("/training/courses").param("title", "New course " + System.nanoTime())
					.param("level", "AWARENESS")
					.param("provider", "CEOP Education")
					.param("durationMinutes", "60")
					.param("refreshMonths", "12"),
				administrators));
		routes.add(new Route("GET", "/training/courses/{id}", (w) -> get("/training/courses/" + w.course.getId()),
				administratorsOfTheRecord));
		routes.add(new Route("POST", "/training/courses/{id}",
				(w) -> post("/training/courses/" + w.course.getId()).param("title", "Renamed " + System.nanoTime())
					.param("level", "SPECIALIST")
					.param("provider", "Training team")
					.param("durationMinutes", "120")
					.param("refreshMonths", "12")
					.param("version", w.course.getVersion().toString()),
				administratorsOfTheRecord));
		routes.add(new Route("GET", "/training/courses/{id}/evaluations",
				(w) -> get("/training/courses/" + w.course.getId() + "/evaluations"),
				expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, NOT_FOUND)));
		routes.add(new Route("GET", "/training/coverage", (w) -> get("/training/coverage"),
				expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, OK, OK, OK)));
		routes.add(new Route("POST", "/training/coverage/target",
				(w) -> post("/training/coverage/target").param("level", "AWARENESS").param("percent", "80"),
				administrators));
		routes.add(new Route("GET", "/training/suggestions", (w) -> get("/training/suggestions"), administrators));
		routes.add(new Route("GET", "/training/suggestions/new", (w) -> get("/training/suggestions/new"), everyone));
		routes.add(new Route("POST", "/training/suggestions",
				(w) -> post("/training/suggestions").param("topic", "Live streaming"), everyone));
		routes.add(new Route("POST", "/training/suggestions/{id}",
				(w) -> post("/training/suggestions/" + w.suggestion.getId()).param("status", "ADOPTED")
					.param("version", w.suggestion.getVersion().toString()),
				administratorsOfTheRecord));
		// Bulletins: a published one reaches everyone in partnership P; the draft is its
		// administrators' only. The code of conduct's version 1 is P's.
		routes.add(new Route("GET", "/bulletins", (w) -> get("/bulletins"), everyone));
		routes.add(new Route("GET", "/bulletins/manage", (w) -> get("/bulletins/manage"), administrators));
		routes.add(new Route("GET", "/bulletins/new", (w) -> get("/bulletins/new"), administrators));
		routes.add(new Route("POST", "/bulletins",
				(w) -> post("/bulletins").param("title", "New app").param("body", "Text"), administrators));
		routes.add(new Route("GET", "/bulletins/{id}", (w) -> get("/bulletins/" + w.published.getId()),
				everyoneInThePartnership));
		routes.add(new Route("POST", "/bulletins/{id}/acknowledgement",
				(w) -> post("/bulletins/" + w.published.getId() + "/acknowledgement"), everyoneInThePartnership));
		routes.add(new Route("GET", "/bulletins/{id}/acknowledgements",
				(w) -> get("/bulletins/" + w.published.getId() + "/acknowledgements"),
				expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, OK, OK, NOT_FOUND)));
		routes.add(new Route("GET", "/bulletins/{id}/edit", (w) -> get("/bulletins/" + w.draft.getId() + "/edit"),
				administratorsOfTheRecord));
		routes.add(new Route("POST", "/bulletins/{id}/edit",
				(w) -> post("/bulletins/" + w.draft.getId() + "/edit").param("title", "Changed")
					.param("body", "Changed")
					.param("version", w.draft.getVersion().toString()),
				administratorsOfTheRecord));
		routes.add(new Route("POST", "/bulletins/{id}/publication",
				(w) -> post("/bulletins/" + w.draft.getId() + "/publication").param("version",
						w.draft.getVersion().toString()),
				administratorsOfTheRecord));
		routes.add(new Route("GET", "/code-of-conduct", (w) -> get("/code-of-conduct"), everyone));
		routes.add(new Route("POST", "/code-of-conduct/acknowledgement",
				(w) -> post("/code-of-conduct/acknowledgement").param("versionId", w.codeVersion.getId().toString()),
				everyone));
		routes.add(new Route("GET", "/code-of-conduct/new-version", (w) -> get("/code-of-conduct/new-version"),
				administrators));
		routes.add(new Route("POST", "/code-of-conduct/versions",
				(w) -> post("/code-of-conduct/versions").param("body", "A new text " + System.nanoTime())
					.param("basedOn", "1"),
				administrators));
		routes.add(new Route("GET", "/code-of-conduct/coverage", (w) -> get("/code-of-conduct/coverage"),
				expect(LOGIN, OK, OK, FORBIDDEN, FORBIDDEN, OK, OK, OK)));
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
	void theTableCoversEveryTrainingRoute() throws IOException {
		Set<String> listed = AuthorizationMatrix.routesListedFor("workforce");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

}
