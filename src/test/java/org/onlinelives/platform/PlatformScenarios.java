package org.onlinelives.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Invitation;
import org.onlinelives.platform.people.Invitations;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.MockMvcSessions;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform's journeys through the real security chain, run on H2 and on PostgreSQL.
 */
abstract class PlatformScenarios extends WebIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Invitations invitations;

	private static int addressCounter = 1;

	/**
	 * Each test signs in from its own address so the per-address throttle never spills
	 * between tests.
	 */
	private final String address = "10.0." + (addressCounter / 250) + "." + (addressCounter++ % 250 + 1);

	private RequestPostProcessor fromAddress() {
		return (request) -> {
			request.setRemoteAddr(this.address);
			return request;
		};
	}

	private MvcResult signIn(MockHttpSession session, String email, String password) throws Exception {
		return this.mvc
			.perform(post("/sign-in").session(session)
				.param("email", email)
				.param("password", password)
				.with(csrf())
				.with(fromAddress()))
			.andReturn();
	}

	@Test
	void aPractitionerSignsInWithAPasswordAndANewSessionId() throws Exception {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/sign-in").session(session)).andExpect(status().isOk());
		String before = MockMvcSessions.id(session);
		assertThat(before).as("the sign-in page's session, which holds its CSRF token").isNotNull();
		MvcResult result = signIn(session, practitioner.getEmail(), TestData.PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(MockMvcSessions.id(session)).isNotNull().isNotEqualTo(before);
		this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(practitioner.getDisplayName())));
		assertThat(events(practitioner, "SIGN_IN_SUCCEEDED")).isEqualTo(1);
	}

	@Test
	void deactivatingSomeoneSignsOutEachOfTheirSessionsWithAMessage() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		User lead = this.data.user(partnership, agency, Role.AGENCY_LEAD);
		MockHttpSession phone = new MockHttpSession();
		MockHttpSession laptop = new MockHttpSession();
		signIn(phone, practitioner.getEmail(), TestData.PASSWORD);
		signIn(laptop, practitioner.getEmail(), TestData.PASSWORD);
		this.mvc.perform(get("/").session(phone)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/" + practitioner.getId() + "/deactivate").with(SignedIn.as(lead)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		for (MockHttpSession session : List.of(phone, laptop)) {
			this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?expired"));
			// and the session is gone: the next request is simply not signed in
			this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in"));
		}
	}

	@Test
	void anAdministratorMustSetUpTheSecondFactorBeforeAnythingElse() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(session, admin.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/account/two-factor/set-up");
		this.mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/two-factor/set-up"));
		String page = this.mvc.perform(get("/account/two-factor/set-up").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher key = Pattern.compile("id=\"secret-key\">([A-Z2-7 ]+)<").matcher(page);
		assertThat(key.find()).isTrue();
		String secret = key.group(1).replace(" ", "");
		this.mvc.perform(post("/account/two-factor/set-up").session(session).param("code", "000000").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The code is not correct")));
		this.mvc
			.perform(post("/account/two-factor/set-up").session(session)
				.param("code", TestData.currentCode(secret))
				.with(csrf()))
			.andExpect(redirectedUrl("/account/two-factor/recovery-codes"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		assertThat(this.data.reload(admin).isTotpEnabled()).isTrue();
		assertThat(this.data.reload(admin).unusedRecoveryCodes()).isEqualTo(10);
	}

	@Test
	void aPersonWithAnAuthenticatorNeedsTheCodeAndWrongCodesAreRefused() throws Exception {
		Partnership partnership = this.data.partnership();
		TestData.UserWithSecret lead = this.data.userWithSecondFactor(partnership, this.data.agency(partnership),
				Role.AGENCY_LEAD);
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(session, lead.user().getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in/code");
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in/code"));
		this.mvc.perform(post("/sign-in/code").session(session).param("code", "12345x").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Error: Enter the code")));
		this.mvc.perform(
				post("/sign-in/code").session(session).param("code", TestData.currentCode(lead.secret())).with(csrf()))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		assertThat(events(lead.user(), "SECOND_FACTOR_FAILED")).isEqualTo(1);
	}

	@Test
	void aRecoveryCodeWorksOnce() throws Exception {
		Partnership partnership = this.data.partnership();
		TestData.UserWithSecret lead = this.data.userWithSecondFactor(partnership, this.data.agency(partnership),
				Role.AGENCY_LEAD);
		MockHttpSession first = new MockHttpSession();
		signIn(first, lead.user().getEmail(), TestData.PASSWORD);
		this.mvc.perform(post("/sign-in/code").session(first).param("code", "AAAA-BBBB-CCCC-DDDD").with(csrf()))
			.andExpect(redirectedUrl("/"));
		MockHttpSession second = new MockHttpSession();
		signIn(second, lead.user().getEmail(), TestData.PASSWORD);
		this.mvc.perform(post("/sign-in/code").session(second).param("code", "aaaa-bbbb-cccc-dddd").with(csrf()))
			.andExpect(status().isOk());
		assertThat(events(lead.user(), "RECOVERY_CODE_USED")).isEqualTo(1);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(new MockHttpSession(), practitioner.getEmail(), "not the password at all").getResponse()
				.getRedirectedUrl()).isEqualTo("/sign-in?error");
		}
		signIn(new MockHttpSession(), practitioner.getEmail(), "not the password at all");
		assertThat(this.data.reload(practitioner).isLocked(Instant.now())).isTrue();
		// Locked: even the right password is refused, in the same words as a wrong one.
		assertThat(signIn(new MockHttpSession(), practitioner.getEmail(), TestData.PASSWORD).getResponse()
			.getRedirectedUrl()).isEqualTo("/sign-in?error");
		assertThat(events(practitioner, "ACCOUNT_LOCKED")).isEqualTo(1);
		this.mvc.perform(get("/sign-in").param("locked", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("too many attempts")));
	}

	@Test
	void wrongPasswordsSentAtTheSameMomentAreAllCounted() throws Exception {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
		try {
			java.util.List<java.util.concurrent.Future<MvcResult>> attempts = new java.util.ArrayList<>();
			for (int i = 0; i < 5; i++) {
				attempts.add(pool
					.submit(() -> signIn(new MockHttpSession(), practitioner.getEmail(), "wrong, and in parallel")));
			}
			for (var attempt : attempts) {
				assertThat(attempt.get().getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.data.reload(practitioner).isLocked(Instant.now())).isTrue();
	}

	@Test
	void aLockedAccountCannotFinishSigningInWithACodeFromAnotherSession() throws Exception {
		Partnership partnership = this.data.partnership();
		TestData.UserWithSecret lead = this.data.userWithSecondFactor(partnership, this.data.agency(partnership),
				Role.AGENCY_LEAD);
		MockHttpSession waiting = new MockHttpSession();
		signIn(waiting, lead.user().getEmail(), TestData.PASSWORD);
		MockHttpSession guessing = new MockHttpSession();
		signIn(guessing, lead.user().getEmail(), TestData.PASSWORD);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/sign-in/code").session(guessing).param("code", "000000").with(csrf()));
		}
		assertThat(this.data.reload(lead.user()).isLocked(Instant.now())).isTrue();
		this.mvc.perform(
				post("/sign-in/code").session(waiting).param("code", TestData.currentCode(lead.secret())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The code is not correct")));
	}

	@Test
	void agencyRolesCannotGoToSomeoneWithoutAnAgency() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User analyst = this.data.user(partnership, null, Role.ANALYST);
		this.mvc
			.perform(post("/admin/users/" + analyst.getId() + "/roles").with(SignedIn.as(admin))
				.with(csrf())
				.param("roles", "ANALYST", "PRACTITIONER")
				.param("version", String.valueOf(analyst.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("works at partnership level")));
		assertThat(this.data.reload(analyst).roles()).containsExactly(Role.ANALYST);
	}

	@Test
	void aSecondInvitationToAnAddressThatJoinedIsExplainedNotAFailure() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		String email = "twice-" + TestData.unique() + "@example.test";
		Instant now = Instant.now();
		this.invitations.save(Invitation.create(partnership.getId(), null, null, email, "Twice", Set.of(Role.ANALYST),
				sha256("first-" + email), admin.getId(), now, now.plus(7, ChronoUnit.DAYS)));
		this.mvc
			.perform(post("/admin/invitations").with(SignedIn.as(admin))
				.with(csrf())
				.param("name", "Twice")
				.param("email", email)
				.param("roles", "ANALYST"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("already has an invitation waiting")));
		Partnership other = this.data.partnership();
		User otherAdmin = this.data.user(other, null, Role.PARTNERSHIP_ADMIN);
		this.invitations.save(Invitation.create(other.getId(), null, null, email, "Twice", Set.of(Role.ANALYST),
				sha256("second-" + email), otherAdmin.getId(), now, now.plus(7, ChronoUnit.DAYS)));
		this.mvc
			.perform(post("/invitations/first-" + email).with(csrf())
				.param("name", "Twice")
				.param("password", TestData.PASSWORD)
				.param("confirmPassword", TestData.PASSWORD))
			.andExpect(redirectedUrl("/sign-in?joined"));
		this.mvc
			.perform(post("/invitations/second-" + email).with(csrf())
				.param("name", "Twice")
				.param("password", TestData.PASSWORD)
				.param("confirmPassword", TestData.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("already exists")));
	}

	@Test
	void failuresForOneAccountThrottleThatAccountNotColleaguesBehindTheSameAddress() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User guessedAt = this.data.user(partnership, agency, Role.PRACTITIONER);
		User colleague = this.data.user(partnership, agency, Role.PRACTITIONER);
		for (int i = 0; i < 10; i++) {
			signIn(new MockHttpSession(), guessedAt.getEmail(), "wrong password " + i);
			this.jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id")
				.param("id", guessedAt.getId())
				.update();
		}
		assertThat(
				signIn(new MockHttpSession(), guessedAt.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in?throttled");
		assertThat(
				signIn(new MockHttpSession(), colleague.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void aDeactivatedPersonCannotSignIn() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		this.mvc
			.perform(post("/admin/users/" + practitioner.getId() + "/deactivate").with(SignedIn.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + practitioner.getId()));
		assertThat(signIn(new MockHttpSession(), practitioner.getEmail(), TestData.PASSWORD).getResponse()
			.getRedirectedUrl()).isEqualTo("/sign-in?error");
		assertThat(events(admin, "USER_DEACTIVATED")).isEqualTo(1);
	}

	@Test
	void anInvitedColleagueChoosesAPasswordAndSignsIn() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User lead = this.data.user(partnership, agency, Role.AGENCY_LEAD);
		String email = "colleague-" + TestData.unique() + "@example.test";
		MvcResult invited = this.mvc
			.perform(post("/admin/invitations").with(SignedIn.as(lead))
				.with(csrf())
				.param("name", "Carys Colleague")
				.param("email", email)
				.param("agencyId", "")
				.param("roles", "PRACTITIONER"))
			.andExpect(redirectedUrl("/admin/invitations/sent"))
			.andReturn();
		String page = this.mvc
			.perform(get("/admin/invitations/sent").with(SignedIn.as(lead)).flashAttrs(invited.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("/invitations/([A-Za-z0-9_-]{40,})").matcher(page);
		assertThat(link.find()).as(page).isTrue();
		String token = link.group(1);
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isOk());
		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("name", "Carys Colleague")
				.param("password", "password1234")
				.param("confirmPassword", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("too common")));
		this.mvc
			.perform(post("/invitations/" + token).with(csrf())
				.param("name", "Carys Colleague")
				.param("password", TestData.PASSWORD)
				.param("confirmPassword", TestData.PASSWORD))
			.andExpect(redirectedUrl("/sign-in?joined"));
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isNotFound());
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(session, email, TestData.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		String account = this.mvc.perform(get("/account").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(account).contains(agency.getName()).contains("Practitioner");
	}

	@Test
	void anAgencyLeadCannotMakeAnAdministrator() throws Exception {
		Partnership partnership = this.data.partnership();
		User lead = this.data.user(partnership, this.data.agency(partnership), Role.AGENCY_LEAD);
		this.mvc
			.perform(post("/admin/invitations").with(SignedIn.as(lead))
				.with(csrf())
				.param("name", "Would Be Admin")
				.param("email", "admin-" + TestData.unique() + "@example.test")
				.param("roles", "PARTNERSHIP_ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You cannot give that role")));
	}

	@Test
	void anExpiredInvitationCannotBeUsed() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Instant past = Instant.now().minus(8, ChronoUnit.DAYS);
		String token = "expired-" + TestData.unique();
		this.invitations.save(Invitation.create(partnership.getId(), null, null, "late@example.test", "Late",
				Set.of(Role.ANALYST), sha256(token), admin.getId(), past, past.plus(7, ChronoUnit.DAYS)));
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isNotFound());
	}

	@Test
	void theAccessLogRefusesChangesAndDeletions() {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		this.jdbc.sql(
				"insert into access_log (occurred_at, partnership_id, user_id, event) values (:at, :p, :u, 'EXPORTED')")
			.param("at", java.time.OffsetDateTime.now())
			.param("p", partnership.getId())
			.param("u", admin.getId())
			.update();
		assertThatThrownBy(() -> this.jdbc.sql("update access_log set detail = 'changed' where user_id = :u")
			.param("u", admin.getId())
			.update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from access_log where user_id = :u").param("u", admin.getId()).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(events(admin, "EXPORTED")).isEqualTo(1);
	}

	@Test
	void administratorsFilterTheAccessLogOfTheirOwnPartnershipOnly() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		Partnership other = this.data.partnership();
		User stranger = this.data.user(other, null, Role.PARTNERSHIP_ADMIN);
		this.mvc.perform(get("/admin/users").with(SignedIn.as(stranger)));
		signIn(new MockHttpSession(), admin.getEmail(), "wrong password entirely");
		this.mvc.perform(get("/admin/access-log").param("event", "SIGN_IN_FAILED").with(SignedIn.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(admin.getEmail())))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(stranger.getEmail()))));
		this.mvc
			.perform(get("/admin/access-log").param("from", "yesterday").param("page", "x").with(SignedIn.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a date like")));
	}

	@Test
	void badInputGetsAFormErrorOrA4xxNeverA500() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		this.mvc
			.perform(post("/admin/agencies").with(SignedIn.as(admin))
				.with(csrf())
				.param("name", "x".repeat(201))
				.param("type", "NOT_A_TYPE"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("200 characters or fewer")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Select the type of agency")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: ")));
		this.mvc
			.perform(post("/admin/agencies/" + agency.getId()).with(SignedIn.as(admin))
				.with(csrf())
				.param("name", agency.getName())
				.param("type", "SCHOOL")
				.param("version", "not-a-number"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed this agency")));
		this.mvc.perform(post("/admin/agencies").with(SignedIn.as(admin)).param("name", "No token"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies").with(SignedIn.as(admin))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"json\"}"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isBetween(200, 499));
		this.mvc.perform(get("/admin/users/not-a-number").with(SignedIn.as(admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/99999999999999999999").with(SignedIn.as(admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiDescriptionCanBeReadWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/young-people")));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/sign-in"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.matchesPattern(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'.*")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
		this.mvc.perform(get("https://localhost/sign-in").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
	}

	private long events(User user, String event) {
		return this.jdbc.sql("select count(*) from access_log where user_id = :user and event = :event")
			.param("user", user.getId())
			.param("event", event)
			.query(Long.class)
			.single();
	}

	private static String sha256(String token) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
