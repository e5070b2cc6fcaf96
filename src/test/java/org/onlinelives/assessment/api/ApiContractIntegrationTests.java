package org.onlinelives.assessment.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The JSON API's contract: tokens made on a page and shown once, stored hashed, revoked;
 * status codes; problem bodies naming the field at fault; unknown properties refused.
 */
class ApiContractIntegrationTests extends WebIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	User practitioner;

	String token;

	@BeforeEach
	void world() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		this.practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		this.token = createToken(this.practitioner);
	}

	@Test
	void tokenIsShownOnceStoredHashedAndRevocable() throws Exception {
		assertThat(this.token).startsWith("olt_");
		String page = this.mvc.perform(get("/api-tokens").with(SignedIn.as(this.practitioner)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain(this.token).contains("Case system");
		String stored = this.jdbc.sql("select token_hash from api_token where user_id = :user")
			.param("user", this.practitioner.getId())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(this.token.getBytes(StandardCharsets.UTF_8))));
		assertThat(call(get("/api/v1/young-people/" + createYoungPerson()), this.token).getStatus()).isEqualTo(200);

		Long id = this.jdbc.sql("select id from api_token where user_id = :user")
			.param("user", this.practitioner.getId())
			.query(Long.class)
			.single();
		this.mvc.perform(post("/api-tokens/" + id + "/revoke").with(SignedIn.as(this.practitioner)).with(csrf()));
		MockHttpServletResponse revoked = call(get("/api/v1/young-people/1"), this.token);
		assertThat(revoked.getStatus()).isEqualTo(401);
		assertThat(json(revoked).get("detail").asString()).contains("revoked");
	}

	@Test
	void unauthenticatedCallsGet401WithAProblemBody() throws Exception {
		MockHttpServletResponse none = this.mvc.perform(get("/api/v1/young-people/1")).andReturn().getResponse();
		assertThat(none.getStatus()).isEqualTo(401);
		assertThat(none.getContentType()).startsWith("application/problem+json");
		assertThat(none.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(call(get("/api/v1/young-people/1"), "olt_not-a-real-token").getStatus()).isEqualTo(401);
		assertThat(this.mvc.perform(get("/api/v1/young-people/1").header("Authorization", "Basic abc"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
	}

	@Test
	void createsAYoungPerson() throws Exception {
		MockHttpServletResponse created = call(post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseReference\":\"API-" + TestData.unique()
					+ "\",\"age\":15,\"gender\":\"GIRL_OR_WOMAN\",\"onlineComponent\":true,\"platforms\":[\"A game\",\" snap  chat \",\"TIKTOK\"],\"referralSource\":\"SCHOOL\"}"),
				this.token);
		assertThat(created.getStatus()).isEqualTo(201);
		JsonNode body = json(created);
		assertThat(created.getHeader("Location")).isEqualTo("/api/v1/young-people/" + body.get("id").asLong());
		assertThat(body.get("age").asInt()).isEqualTo(15);
		// free text matches the partnership's platform list whatever its case and spaces;
		// the rest is kept
		assertThat(body.get("platforms").toString()).isEqualTo("[\"A game\",\"Snapchat\",\"TikTok\"]");
		assertThat(body.get("practitionerIds").get(0).asLong()).isEqualTo(this.practitioner.getId());
	}

	@Test
	void theSameCaseReferenceSentAtOnceIsRecordedOnceAndRefusedForTheOthers() throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 5; round++) {
				String body = "{\"caseReference\":\"RACE-" + TestData.unique()
						+ "\",\"age\":15,\"gender\":\"NOT_KNOWN\",\"referralSource\":\"SELF\"}";
				CountDownLatch start = new CountDownLatch(1);
				List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
				for (int sender = 0; sender < 8; sender++) {
					answers.add(senders.submit(() -> {
						start.await();
						return call(post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON).content(body),
								this.token);
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<MockHttpServletResponse> answer : answers) {
					MockHttpServletResponse response = answer.get();
					statuses.add(response.getStatus());
					if (response.getStatus() != 201) {
						assertThat(response.getContentAsString()).as("refusal")
							.contains("already recorded in your agency");
					}
				}
				assertThat(statuses).as("one recorded, the rest refused, never a server error")
					.containsOnly(201, 422)
					.filteredOn((status) -> status == 201)
					.hasSize(1);
			}
		}
		finally {
			senders.shutdownNow();
		}
	}

	@Test
	void malformedJsonAndUnknownPropertiesAre400WithTheFieldPath() throws Exception {
		MockHttpServletResponse unknown = call(post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"caseReference\":\"X\",\"age\":15,\"gender\":\"NOT_KNOWN\",\"referralSource\":\"SELF\",\"name\":\"Selina\"}"),
				this.token);
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(json(unknown).get("errors").get(0).get("field").asString()).isEqualTo("name");

		MockHttpServletResponse malformed = call(
				post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON).content("{\"caseReference\":"),
				this.token);
		assertThat(malformed.getStatus()).isEqualTo(400);
		assertThat(json(malformed).get("title").asString()).isEqualTo("Bad Request");

		long person = createYoungPerson();
		MockHttpServletResponse nested = call(
				post("/api/v1/young-people/" + person + "/assessments").contentType(MediaType.APPLICATION_JSON)
					.content("{\"tenCs\":{\"CONTENT\":{\"rating\":3,\"colour\":\"red\"}}}"),
				this.token);
		assertThat(nested.getStatus()).isEqualTo(400);
		assertThat(json(nested).get("errors").get(0).get("field").asString()).isEqualTo("tenCs.CONTENT.colour");
	}

	@Test
	void unknownCodesAndOutOfRangeValuesAre422WithFieldPaths() throws Exception {
		MockHttpServletResponse age = call(post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseReference\":\"X-" + TestData.unique()
					+ "\",\"age\":30,\"gender\":\"NOT_KNOWN\",\"referralSource\":\"SELF\"}"),
				this.token);
		assertThat(age.getStatus()).isEqualTo(422);
		assertThat(json(age).get("errors").get(0).get("field").asString()).isEqualTo("age");

		MockHttpServletResponse gender = call(
				post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON)
					.content("{\"caseReference\":\"X\",\"age\":3,\"gender\":\"ROBOT\",\"referralSource\":\"SELF\"}"),
				this.token);
		assertThat(gender.getStatus()).isEqualTo(422);
		assertThat(json(gender).get("errors").get(0).get("field").asString()).isEqualTo("gender");

		long person = createYoungPerson();
		MockHttpServletResponse codes = call(
				post("/api/v1/young-people/" + person + "/assessments").contentType(MediaType.APPLICATION_JSON)
					.content("{\"vulnerabilityFactors\":[\"ISOLATED\",\"NOT_A_FACTOR\"],\"scenarios\":[\"NOPE\"],"
							+ "\"tenCs\":{\"CONTENT\":{\"rating\":7},\"NOT_A_C\":{\"rating\":1}}}"),
				this.token);
		assertThat(codes.getStatus()).isEqualTo(422);
		assertThat(json(codes).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
				"vulnerabilityFactors[1]", "scenarios[0]", "tenCs.CONTENT.rating", "tenCs.NOT_A_C");
		// nothing was created by the refused request
		assertThat(this.jdbc.sql("select count(*) from assessment where young_person_id = :id")
			.param("id", person)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theRecordsOwnRulesAre422OnTheSameFieldPathsAsThePages() throws Exception {
		MockHttpServletResponse reference = call(post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseReference\":\"" + "R".repeat(41)
					+ "\",\"age\":13,\"gender\":\"NOT_KNOWN\",\"referralSource\":\"SELF\"}"),
				this.token);
		assertThat(reference.getStatus()).isEqualTo(422);
		assertThat(reference.getContentType()).startsWith("application/problem+json");
		assertThat(json(reference).get("errors").size()).isEqualTo(1);
		assertThat(json(reference).get("errors").get(0).get("field").asString()).isEqualTo("caseReference");
		assertThat(json(reference).get("errors").get(0).get("detail").asString())
			.isEqualTo("A case reference of 1 to 40 characters is needed");

		long person = createYoungPerson();
		String over = "x".repeat(2001);
		MockHttpServletResponse answers = call(post("/api/v1/young-people/" + person + "/assessments")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scenarios\":[\"CONTENT_HATE_SITES\"],\"imageSharing\":{\"whyShared\":[\"SHARED_FOR_FUN\"]},"
					+ "\"offlineNotes\":\"" + over + "\",\"tenCs\":{\"CONTENT\":{\"strengths\":\"" + over
					+ "\",\"rating\":3}}}"),
				this.token);
		assertThat(answers.getStatus()).isEqualTo(422);
		assertThat(json(answers).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("imageSharing",
				"offlineNotes", "tenCs.CONTENT.strengths");
		assertThat(json(answers).get("errors").findValuesAsString("detail")).containsExactlyInAnyOrder(
				"Image-sharing answers need the scenario CONDUCT_SHARED_INTIMATE_IMAGE in scenarios",
				"Must be 2000 characters or fewer", "Must be 2000 characters or fewer");
		assertThat(this.jdbc.sql("select count(*) from assessment where young_person_id = :id")
			.param("id", person)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void createsACompletedVersionAndReadsItsFlagsAndPrompts() throws Exception {
		long person = createYoungPerson();
		MockHttpServletResponse created = call(post("/api/v1/young-people/" + person + "/assessments")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scenarios\":[\"CONDUCT_SHARED_INTIMATE_IMAGE\"],"
					+ "\"concerns\":{\"anyConcern\":true,\"intimateImageShared\":true,\"possibleCrime\":true},"
					+ "\"tenCs\":{\"CONTENT\":{\"rating\":4},\"CONFIDENTIALITY_AND_SELF_DISCLOSURE\":{\"rating\":5}},"
					+ "\"complete\":true}"),
				this.token);
		assertThat(created.getStatus()).isEqualTo(201);
		JsonNode body = json(created);
		assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(body.get("flags").findValuesAsString("code")).containsExactly("SCREEN_OTHER_CS",
				"COMPOSITE_AND_COMPLEX");
		// as CaseExamplesTests.sally: no threshold decision recorded, so no referral yet
		assertThat(body.get("prompts").findValuesAsString("code")).containsExactly("EARLY_REMOVAL_REPORT",
				"CONSIDER_SUICIDE_PREVENTION_PLAN", "DISCUSS_WITH_SAFEGUARDING_LEAD", "POLICE_POSSIBLE_CRIME",
				"NOT_YOUR_FAULT", "REASSURE_THE_YOUNG_PERSON", "INVOLVE_PARENTS_OR_CARERS", "DEVICES_LAST_RESORT",
				"SIGNPOSTING");
		assertThat(body.get("prompts").get(0).get("source").asString())
			.startsWith("Bromley SCB online safety strategy");
		assertThat(body.get("prompts").get(0).get("reason").asString()).isNotBlank();

		MockHttpServletResponse read = call(get(created.getHeader("Location")), this.token);
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(json(read).get("prompts").size()).isEqualTo(9);

		MockHttpServletResponse changeCompleted = call(
				put(created.getHeader("Location")).contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":" + body.get("version").asLong() + "}"),
				this.token);
		assertThat(changeCompleted.getStatus()).isEqualTo(409);
	}

	@Test
	void anAdultsSharedPictureGetsTheAdultRouteNotReportRemove() throws Exception {
		MockHttpServletResponse created = call(
				post("/api/v1/young-people/" + createYoungPerson(19) + "/assessments")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"concerns\":{\"anyConcern\":true,\"intimateImageShared\":true},\"complete\":true}"),
				this.token);
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		JsonNode prompts = json(created).get("prompts");
		assertThat(prompts.findValuesAsString("code"))
			.contains("ADULT_INTIMATE_IMAGE_REPORT", "CONSIDER_SUICIDE_PREVENTION_PLAN", "NOT_YOUR_FAULT",
					"REASSURE_THE_YOUNG_PERSON")
			.doesNotContain("EARLY_REMOVAL_REPORT");
		JsonNode adult = prompts.valueStream()
			.filter((prompt) -> prompt.get("code").asString().equals("ADULT_INTIMATE_IMAGE_REPORT"))
			.findFirst()
			.orElseThrow();
		assertThat(adult.get("source").asString()).isEqualTo("Bromley SCB online safety strategy, §5.20–5.21");
		assertThat(adult.get("reason").asString())
			.endsWith("The young person is 19, and Report Remove is for under 18s.");
		assertThat(adult.toString()).contains("Revenge Porn Helpline", "StopNCII.org");
	}

	@Test
	void aStaleVersionIs409() throws Exception {
		long person = createYoungPerson();
		MockHttpServletResponse created = call(
				post("/api/v1/young-people/" + person + "/assessments").contentType(MediaType.APPLICATION_JSON)
					.content("{\"vulnerabilityFactors\":[\"ISOLATED\"]}"),
				this.token);
		String location = created.getHeader("Location");
		long version = json(created).get("version").asLong();
		MockHttpServletResponse first = call(put(location).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"vulnerabilityFactors\":[\"YOUNG_CARER\"]}"), this.token);
		assertThat(first.getStatus()).isEqualTo(200);
		MockHttpServletResponse stale = call(put(location).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"vulnerabilityFactors\":[\"CYBERBULLIED\"]}"), this.token);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(json(stale).get("errors").get(0).get("field").asString()).isEqualTo("version");
		MockHttpServletResponse second = call(
				post("/api/v1/young-people/" + person + "/assessments").contentType(MediaType.APPLICATION_JSON)
					.content("{}"),
				this.token);
		assertThat(second.getStatus()).isEqualTo(409);
	}

	@Test
	void anotherAgencysIdsAre404AndOtherRolesAre403() throws Exception {
		long person = createYoungPerson();
		Partnership partnership = this.data.partnership();
		User outsider = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		MockHttpServletResponse notFound = call(get("/api/v1/young-people/" + person), createToken(outsider));
		assertThat(notFound.getStatus()).isEqualTo(404);
		assertThat(notFound.getContentType()).startsWith("application/problem+json");
		assertThat(call(get("/api/v1/young-people/abc"), this.token).getStatus()).isEqualTo(404);
	}

	@Test
	void imagesAndOtherMediaTypesAreRefused() throws Exception {
		MockHttpServletResponse image = call(
				post("/api/v1/young-people").contentType(MediaType.IMAGE_JPEG).content(new byte[] { 1, 2, 3 }),
				this.token);
		assertThat(image.getStatus()).isEqualTo(415);
		assertThat(json(image).get("detail").asString()).contains("Indecent images of children must never be stored");
		MockHttpServletResponse text = call(
				post("/api/v1/young-people").contentType(MediaType.TEXT_PLAIN).content("caseReference=x"), this.token);
		assertThat(text.getStatus()).isEqualTo(415);
	}

	/**
	 * Every route that takes a body answers a body that is not a JSON object (the literal
	 * null included) with 400 and a problem body, never a 500.
	 */
	@Test
	void aBodyThatIsNotAnObjectIs400OnEveryRouteThatTakesOne() throws Exception {
		long person = createYoungPerson();
		MockHttpServletResponse started = call(
				post("/api/v1/young-people/" + person + "/assessments").contentType(MediaType.APPLICATION_JSON)
					.content("{\"vulnerabilityFactors\":[\"YOUNG_CARER\"]}"),
				this.token);
		assertThat(started.getStatus()).isEqualTo(201);
		List<MockHttpServletRequestBuilder> routes = List.of(post("/api/v1/young-people"),
				post("/api/v1/young-people/" + person + "/assessments"), put(started.getHeader("Location")));
		for (MockHttpServletRequestBuilder route : routes) {
			for (String body : List.of("null", "[]", "42", "\"text\"", "false")) {
				MockHttpServletResponse response = call(route.contentType(MediaType.APPLICATION_JSON).content(body),
						this.token);
				assertThat(response.getStatus()).as(body).isEqualTo(400);
				assertThat(response.getContentType()).isEqualTo("application/problem+json");
				assertThat(json(response).get("title").asString()).isEqualTo("Bad Request");
			}
		}
	}

	@Test
	void changingThePasswordRevokesEveryTokenAndSaysSo() throws Exception {
		String second = createToken(this.practitioner);
		assertThat(call(get("/api/v1/young-people/" + createYoungPerson()), second).getStatus()).isEqualTo(200);
		String form = this.mvc.perform(get("/account/password").with(SignedIn.as(this.practitioner)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(form).select("#api-tokens-revoked").text()).contains("revokes any API tokens");
		MockHttpServletResponse changed = this.mvc
			.perform(post("/account/password").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("currentPassword", TestData.PASSWORD)
				.param("password", "Seven lanterns drift past the old quay")
				.param("confirmPassword", "Seven lanterns drift past the old quay"))
			.andReturn()
			.getResponse();
		assertThat(changed.getRedirectedUrl()).isEqualTo("/account");
		for (String token : List.of(this.token, second)) {
			assertThat(call(get("/api/v1/young-people/1"), token).getStatus()).isEqualTo(401);
		}
		assertThat(this.jdbc.sql("select count(*) from api_token where user_id = :user and revoked_at is null")
			.param("user", this.practitioner.getId())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select detail from access_log where user_id = :user and event = 'API_TOKENS_REVOKED'")
			.param("user", this.practitioner.getId())
			.query(String.class)
			.list()).containsExactly("2 API tokens revoked because the password changed");
		String account = this.mvc
			.perform(get("/account").with(SignedIn.as(this.practitioner)).flashAttr("success", "password.changed"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(account).contains("Any API tokens you had have been revoked");
	}

	@Test
	void theOpenApiDocumentDescribesOnlyTheApi() throws Exception {
		MockHttpServletResponse docs = this.mvc.perform(get("/v3/api-docs").with(SignedIn.as(this.practitioner)))
			.andReturn()
			.getResponse();
		assertThat(docs.getStatus()).isEqualTo(200);
		JsonNode paths = JSON.readTree(docs.getContentAsString()).get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/young-people",
				"/api/v1/young-people/{id}/assessments/{assessmentId}");
		assertThat(paths.propertyNames()).allMatch((path) -> path.startsWith("/api/"));
		assertThat(JSON.readTree(docs.getContentAsString()).at("/components/securitySchemes/bearer/scheme").asString())
			.isEqualTo("bearer");
	}

	@Test
	void theOpenApiDocumentListsEveryConcernGroomingSignAndThreshold() throws Exception {
		JsonNode docs = JSON.readTree(this.mvc.perform(get("/v3/api-docs").with(SignedIn.as(this.practitioner)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode concerns = docs.at("/components/schemas/ConcernsRequest/properties");
		assertThat(concerns.propertyNames()).contains("suicidalThoughtsOrSelfHarm", "sexualExploitation",
				"criminalExploitationOrGangs", "radicalisation", "adultInHouseholdOrNetwork", "workerHarmedThisChild",
				"parentsWouldIncreaseRisk", "sextortionThreatsOrBlackmail", "groomingIndicators", "thresholdDecision");
		assertThat(concerns.at("/groomingIndicators/items/enum").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder(
					java.util.Arrays.stream(org.onlinelives.assessment.rules.GroomingIndicator.values())
						.map(Enum::name)
						.toArray(String[]::new));
		assertThat(concerns.at("/thresholdDecision/enum").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder(java.util.Arrays.stream(org.onlinelives.assessment.rules.ThresholdLevel.values())
				.map(Enum::name)
				.toArray(String[]::new));
	}

	private long createYoungPerson() throws Exception {
		return createYoungPerson(13);
	}

	private long createYoungPerson(int age) throws Exception {
		MockHttpServletResponse created = call(post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseReference\":\"API-" + TestData.unique() + "\",\"age\":" + age
					+ ",\"gender\":\"NOT_KNOWN\",\"referralSource\":\"SELF\"}"),
				this.token);
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return json(created).get("id").asLong();
	}

	private String createToken(User user) throws Exception {
		String page = this.mvc
			.perform(post("/api-tokens").param("name", "Case system").with(SignedIn.as(user)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(page).select("#new-token").text();
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String bearer) throws Exception {
		return this.mvc.perform(request.header("Authorization", "Bearer " + bearer)).andReturn().getResponse();
	}

	private static JsonNode json(MockHttpServletResponse response) throws Exception {
		return JSON.readTree(response.getContentAsString());
	}

}
