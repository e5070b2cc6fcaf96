package org.onlinelives.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.onlinelives.support.Actor;
import org.onlinelives.support.AuthorizationMatrix;
import org.onlinelives.support.Outcome;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyLink;
import org.onlinelives.survey.imports.ColumnMapping;
import org.onlinelives.survey.imports.ImportFiles;
import org.onlinelives.survey.imports.ImportJob;
import org.onlinelives.survey.imports.ImportTable;
import org.onlinelives.survey.imports.SurveyImports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calls every youth survey route as every kind of caller. Surveys belong to partnership
 * P; OTHER_PARTNERSHIP_ADMIN administers partnership Q, so P's surveys are 404 to them.
 * The young person's routes are open to everyone, signed in or not, and still need a CSRF
 * token on every POST.
 */
class SurveyAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	SurveyDesign design;

	@Autowired
	SurveyImports imports;

	/** A partnership with a draft survey and a published one with a link. */
	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final Map<Actor, User> actors = new EnumMap<>(Actor.class);

		final Survey draft;

		final Survey published;

		final SurveyLink link;

		/**
		 * A file uploaded for import into the published survey, and a finished import.
		 */
		final java.util.UUID upload;

		final ImportJob job;

		World() {
			this.actors.putAll(data.actors(this.partnership, this.agencyA, this.agencyB));
			SignedInUser admin = new SignedInUser(this.actors.get(ADMIN), false, false);
			this.draft = design.create(admin, 2026, "Draft survey");
			Survey toPublish = design.create(admin, 2026, "Published survey");
			this.published = design.publish(admin, toPublish.getId());
			this.link = design.openLink(admin, this.published.getId(), "Riverside Year 8", 300);
			this.upload = imports.keep(admin, this.published.getId(), table());
			this.job = imports.start(admin, design.published(this.published),
					imports.keep(admin, this.published.getId(), table()), new ColumnMapping(List.of("AGE")));
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (!this.job.done() && System.nanoTime() < deadline) {
				java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
			}
			assertThat(this.job.done()).as("the world's import finished").isTrue();
		}

		String imports() {
			return "/surveys/" + this.published.getId() + "/import";
		}

		String job() {
			return "/surveys/" + this.published.getId() + "/imports/" + this.job.id();
		}

		String take() {
			return "/youth-survey/" + this.link.getCode();
		}

	}

	record Route(String method, String path, boolean started, Function<World, MockHttpServletRequestBuilder> request,
			Map<Actor, Outcome> expected) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static Stream<Route> routes() {
		Map<Actor, Outcome> administrators = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				OK);
		Map<Actor, Outcome> administratorsOfTheSurvey = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND);
		Map<Actor, Outcome> readersOfTheResults = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN,
				NOT_FOUND);
		Map<Actor, Outcome> everyone = expect(OK, OK, OK, OK, OK, OK, OK, OK);
		List<Route> routes = new ArrayList<>();
		routes.add(route("GET", "/surveys", false, (w) -> get("/surveys"),
				expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, OK)));
		routes.add(route("GET", "/surveys/new", false, (w) -> get("/surveys/new"), administrators));
		routes.add(route("POST", "/surveys", false,
				(w) -> post("/surveys").param("year", "2027").param("title", "Next year"), administrators));
		routes.add(route("GET", "/surveys/{id}", false, (w) -> get("/surveys/" + w.draft.getId()),
				administratorsOfTheSurvey));
		routes.add(route("POST", "/surveys/{id}/questions", false,
				(w) -> post("/surveys/" + w.draft.getId() + "/questions").param("code", "AGE"),
				administratorsOfTheSurvey));
		routes.add(route("POST", "/surveys/{id}/questions/{code}/move", false,
				(w) -> post("/surveys/" + w.draft.getId() + "/questions/AGE/move").param("direction", "down"),
				administratorsOfTheSurvey));
		routes.add(route("POST", "/surveys/{id}/questions/{code}/remove", false,
				(w) -> post("/surveys/" + w.draft.getId() + "/questions/DEVICES/remove"), administratorsOfTheSurvey));
		routes.add(route("GET", "/surveys/{id}/questions/{code}", false,
				(w) -> get("/surveys/" + w.draft.getId() + "/questions/AGE"), administratorsOfTheSurvey));
		routes.add(route("POST", "/surveys/{id}/questions/{code}", false,
				(w) -> post("/surveys/" + w.draft.getId() + "/questions/AGE").param("text", "How old are you now?")
					.param("easyRead", ""),
				administratorsOfTheSurvey));
		routes.add(route("POST", "/surveys/{id}/publish", false,
				(w) -> post("/surveys/" + w.draft.getId() + "/publish"), administratorsOfTheSurvey));
		routes.add(route("POST", "/surveys/{id}/links", false,
				(w) -> post("/surveys/" + w.published.getId() + "/links").param("label", "Youth club")
					.param("maxResponses", "100"),
				administratorsOfTheSurvey));
		routes.add(route("GET", "/surveys/{id}/results", false,
				(w) -> get("/surveys/" + w.published.getId() + "/results"), readersOfTheResults));
		routes.add(route("GET", "/surveys/{id}/results/{scenario}", false,
				(w) -> get("/surveys/" + w.published.getId() + "/results/S_CYBERBULLIED"), readersOfTheResults));
		routes.add(route("GET", "/surveys/{id}/results.csv", false,
				(w) -> get("/surveys/" + w.published.getId() + "/results.csv"), readersOfTheResults));
		routes.add(route("GET", "/surveys/{id}/breakdowns.csv", false,
				(w) -> get("/surveys/" + w.published.getId() + "/breakdowns.csv"), readersOfTheResults));
		routes.add(route("GET", "/surveys/{id}/results.xlsx", false,
				(w) -> get("/surveys/" + w.published.getId() + "/results.xlsx"), readersOfTheResults));
		routes.add(route("GET", "/surveys/{id}/report.pdf", false,
				(w) -> get("/surveys/" + w.published.getId() + "/report.pdf"), readersOfTheResults));
		routes.add(route("GET", "/surveys/{id}/import", false, (w) -> get(w.imports()), administratorsOfTheSurvey));
		routes.add(route("POST", "/surveys/{id}/import", false,
				(w) -> post(w.imports()).contentType(MediaType.MULTIPART_FORM_DATA).with((request) -> {
					// a multipart builder is not a MockHttpServletRequestBuilder, so the
					// part
					// is added directly
					request.addPart(new MockPart("file", "earlier.csv", CSV, MediaType.TEXT_PLAIN));
					return request;
				}), administratorsOfTheSurvey));
		routes.add(route("GET", "/surveys/{id}/import/{upload}", false, (w) -> get(w.imports() + "/" + w.upload),
				administratorsOfTheSurvey));
		routes.add(route("POST", "/surveys/{id}/import/{upload}", false,
				(w) -> post(w.imports() + "/" + w.upload).param("columns[0]", "AGE"), administratorsOfTheSurvey));
		routes.add(route("GET", "/surveys/{id}/imports/{job}", false, (w) -> get(w.job()), administratorsOfTheSurvey));
		routes.add(route("GET", "/surveys/{id}/imports/{job}/rejected.csv", false,
				(w) -> get(w.job() + "/rejected.csv"), administratorsOfTheSurvey));
		routes.add(route("GET", "/youth-survey", false, (w) -> get("/youth-survey"), everyone));
		routes.add(route("POST", "/youth-survey", false,
				(w) -> post("/youth-survey").param("code", w.link.getCode().toLowerCase()), everyone));
		routes.add(route("GET", "/youth-survey/{code}", false, (w) -> get(w.take()), everyone));
		routes.add(route("POST", "/youth-survey/{code}/start", false,
				(w) -> post(w.take() + "/start").param("easyRead", "true"), everyone));
		routes.add(route("GET", "/youth-survey/{code}/questions/{number}", true, (w) -> get(w.take() + "/questions/2"),
				everyone));
		routes.add(route("POST", "/youth-survey/{code}/questions/{number}", true,
				(w) -> post(w.take() + "/questions/2").param("answer", "GIRL"), everyone));
		routes.add(route("GET", "/youth-survey/{code}/send", true, (w) -> get(w.take() + "/send"), everyone));
		routes.add(route("POST", "/youth-survey/{code}/send", true, (w) -> post(w.take() + "/send"), everyone));
		routes.add(route("GET", "/youth-survey/help", false, (w) -> get("/youth-survey/help"), everyone));
		routes.add(route("GET", "/youth-survey/{code}/help", false, (w) -> get(w.take() + "/help"), everyone));
		return routes.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void everyCallerGetsExactlyTheExpectedOutcome(Route route) throws Exception {
		Map<Actor, Outcome> actual = new LinkedHashMap<>();
		World shared = route.method().equals("GET") ? new World() : null;
		for (Actor actor : Actor.values()) {
			// a fresh world for every call that changes things
			World world = (shared != null) ? shared : new World();
			MockHttpSession session = new MockHttpSession();
			if (route.started()) {
				this.mvc.perform(post(world.take() + "/start").session(session).with(csrf()))
					.andExpect(status().is3xxRedirection());
			}
			MockHttpServletRequestBuilder request = route.request().apply(world).session(session).with(csrf());
			if (actor != ANONYMOUS) {
				request.with(SignedIn.as(world.actors.get(actor)));
			}
			actual.put(actor, Outcome.of(this.mvc.perform(request).andReturn().getResponse()));
		}
		assertThat(actual).as(route.toString()).isEqualTo(route.expected());
	}

	@ParameterizedTest(name = "{0} without a CSRF token")
	@MethodSource("routes")
	void everyPostNeedsItsCsrfToken(Route route) throws Exception {
		if (!route.method().equals("POST")) {
			return;
		}
		World world = new World();
		int status = this.mvc.perform(route.request().apply(world).session(new MockHttpSession()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as(route.toString()).isEqualTo(403);
	}

	@Test
	void theTableCoversEverySurveyRoute() throws IOException {
		Set<String> listed = AuthorizationMatrix.routesListedFor("survey");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

	private static final byte[] CSV = "AGE\n13\n".getBytes(StandardCharsets.UTF_8);

	private static ImportTable table() {
		return ImportFiles.read("earlier.csv", CSV.length, new ByteArrayInputStream(CSV));
	}

	private static Route route(String method, String path, boolean started,
			Function<World, MockHttpServletRequestBuilder> request, Map<Actor, Outcome> expected) {
		return new Route(method, path, started, request, expected);
	}

}
