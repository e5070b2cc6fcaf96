package org.onlinelives.families;

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
import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.EntryDetails;
import org.onlinelives.families.packs.AdvicePack;
import org.onlinelives.families.packs.PackDetails;
import org.onlinelives.families.packs.Packs;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.SignedInUser;
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
 * Calls every help directory and advice pack route as every kind of caller. The entry and
 * pack in each path belong to partnership P; agency A's practitioner keeps the entry. A
 * wrong role is 403 before any record is looked at; a record outside the caller's
 * partnership is 404; a pack's public page answers everyone.
 */
class FamiliesAuthorizationIntegrationTests extends WebIntegrationTest {

	@Autowired
	Directory directory;

	@Autowired
	Packs packs;

	class World {

		final Partnership partnership = data.partnership();

		final Agency agencyA = data.agency(this.partnership);

		final Agency agencyB = data.agency(this.partnership);

		final Map<Actor, User> actors = new EnumMap<>(Actor.class);

		final long entry;

		final AdvicePack pack;

		World() {
			this.actors.putAll(data.actors(this.partnership, this.agencyA, this.agencyB));
			this.entry = directory
				.add(as(ADMIN),
						new EntryDetails("Childline", ServiceKind.HELPLINE, null, Set.of(Audience.YOUNG_PEOPLE),
								Set.of(HelpTopic.values()), Reach.NATIONAL, null, 18, "0800 1111", null, null, null,
								LocalDate.now().plusMonths(6)),
						this.actors.get(PRACTITIONER).getEmail())
				.entry()
				.id();
			this.pack = packs.add(as(ADMIN),
					new PackDetails("Sharing pictures", null, "Stay calm.", List.of(this.entry)));
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
		Map<Actor, Outcome> everyoneOfTheRecord = expect(LOGIN, OK, OK, OK, OK, OK, OK, NOT_FOUND);
		Map<Actor, Outcome> administrators = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				OK);
		Map<Actor, Outcome> administratorsOfTheRecord = expect(LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, NOT_FOUND);
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("GET", "/help-directory", (w) -> get("/help-directory"), everyone));
		routes.add(new Route("GET", "/help-directory/new", (w) -> get("/help-directory/new"), administrators));
		routes.add(new Route("POST", "/help-directory",
				(w) -> entryForm(post("/help-directory"), w).param("name", "Kooth"), administrators));
		routes.add(new Route("GET", "/help-directory/{id}", (w) -> get("/help-directory/" + w.entry),
				everyoneOfTheRecord));
		routes.add(new Route("GET", "/help-directory/{id}/edit", (w) -> get("/help-directory/" + w.entry + "/edit"),
				administratorsOfTheRecord));
		routes.add(new Route("POST", "/help-directory/{id}",
				(w) -> entryForm(post("/help-directory/" + w.entry), w).param("name", "Childline (NSPCC)")
					.param("version", "0"),
				administratorsOfTheRecord));
		routes.add(new Route("POST", "/help-directory/{id}/delete",
				(w) -> post("/help-directory/" + w.entry + "/delete"), administratorsOfTheRecord));
		// the entry's owner (agency A's practitioner) or an administrator
		routes.add(new Route("POST", "/help-directory/{id}/reviewed",
				(w) -> post("/help-directory/" + w.entry + "/reviewed"),
				expect(LOGIN, OK, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND)));
		routes.add(new Route("GET", "/help-directory/packs", (w) -> get("/help-directory/packs"), everyone));
		routes.add(
				new Route("GET", "/help-directory/packs/new", (w) -> get("/help-directory/packs/new"), administrators));
		routes.add(new Route("POST", "/help-directory/packs",
				(w) -> post("/help-directory/packs").param("title", "Gaming and spending")
					.param("advice", "Set limits together.")
					.param("entryIds", String.valueOf(w.entry)),
				administrators));
		routes.add(new Route("GET", "/help-directory/packs/{id}", (w) -> get("/help-directory/packs/" + w.pack.getId()),
				everyoneOfTheRecord));
		routes.add(new Route("GET", "/help-directory/packs/{id}/edit",
				(w) -> get("/help-directory/packs/" + w.pack.getId() + "/edit"), administratorsOfTheRecord));
		routes.add(new Route("POST", "/help-directory/packs/{id}",
				(w) -> post("/help-directory/packs/" + w.pack.getId()).param("title", "Sharing images")
					.param("advice", "Stay calm.")
					.param("entryIds", String.valueOf(w.entry))
					.param("version", w.pack.getVersion().toString()),
				administratorsOfTheRecord));
		routes.add(new Route("POST", "/help-directory/packs/{id}/delete",
				(w) -> post("/help-directory/packs/" + w.pack.getId() + "/delete"), administratorsOfTheRecord));
		routes.add(new Route("GET", "/help-directory/packs/{id}/pack.pdf",
				(w) -> get("/help-directory/packs/" + w.pack.getId() + "/pack.pdf"), everyoneOfTheRecord));
		routes.add(new Route("GET", "/help/packs/{slug}", (w) -> get("/help/packs/" + w.pack.getPublicSlug()),
				expect(OK, OK, OK, OK, OK, OK, OK, OK)));
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
	void theTableCoversEveryFamiliesRoute() throws IOException {
		Set<String> listed = AuthorizationMatrix.routesListedFor("families");
		Set<String> tested = routes().map(Route::toString).collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).isEqualTo(listed);
	}

	private static MockHttpServletRequestBuilder entryForm(MockHttpServletRequestBuilder request, World world) {
		LocalDate review = LocalDate.now().plusMonths(6);
		return request.param("kind", "HELPLINE")
			.param("audiences", "YOUNG_PEOPLE")
			.param("topics", "CONTACT")
			.param("reach", "NATIONAL")
			.param("phone", "0800 1111")
			.param("reviewDay", String.valueOf(review.getDayOfMonth()))
			.param("reviewMonth", String.valueOf(review.getMonthValue()))
			.param("reviewYear", String.valueOf(review.getYear()))
			.param("owner", world.actors.get(ADMIN).getEmail());
	}

}
