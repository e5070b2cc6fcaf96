package org.onlinelives.platform.security;

import java.net.URI;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.InvitationService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.onlinelives.support.OidcProvider;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Single sign-on end to end against a real OpenID Connect provider
 * ({@link OidcProvider}): the application redirects to it, the provider's sign-in form is
 * filled in over HTTP, and the application exchanges the code for tokens with the
 * provider and checks the ID token's signature, nonce, email, email_verified and amr
 * claims.
 */
abstract class SingleSignOnScenarios extends WebIntegrationTest {

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		OidcProvider.configure(registry);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Users users;

	@Autowired
	InvitationService invitations;

	private MockHttpSession session = new MockHttpSession();

	/**
	 * Presses "Sign in with …", signs in at the provider, and returns where the
	 * application sends the browser after the provider's answer.
	 */
	private String signInThroughProvider(String username) throws Exception {
		String authorizationRequest = this.mvc
			.perform(get(URI.create("http://127.0.0.1/oauth2/authorization/council")).session(this.session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(authorizationRequest).startsWith(OidcProvider.get().issuer() + "/oauth2/authorize");
		String callback = OidcProvider.get().signIn(authorizationRequest, username);
		assertThat(callback).startsWith("http://127.0.0.1/login/oauth2/code/council?code=");
		MvcResult back = this.mvc.perform(get(URI.create(callback)).session(this.session)).andReturn();
		// a refusal ends the session and starts a new one, as a browser would follow
		if (back.getRequest().getSession(false) instanceof MockHttpSession current) {
			this.session = current;
		}
		return back.getResponse().getRedirectedUrl();
	}

	private String signInThroughProvider(User user, Boolean emailVerified, String... amr) throws Exception {
		String username = "provider-" + TestData.unique();
		OidcProvider.get()
			.add(username, new OidcProvider.Person(user.getEmail().toUpperCase(java.util.Locale.ROOT), emailVerified,
					List.of(amr)));
		return signInThroughProvider(username);
	}

	private boolean signedIn() throws Exception {
		return this.mvc.perform(get("/").session(this.session)).andReturn().getResponse().getStatus() == 200;
	}

	/**
	 * The latest entry's detail for this account, or for this typed address matching
	 * none.
	 */
	private String lastLogged(String event, Long userId, String username) {
		JdbcClient.StatementSpec query = (userId != null) ? this.jdbc.sql("""
				select detail from access_log where event = :event and user_id = :user
				order by id desc limit 1""").param("user", userId) : this.jdbc.sql("""
				select detail from access_log where event = :event and user_id is null and username = :name
				order by id desc limit 1""").param("name", username);
		return query.param("event", event).query(String.class).optional().orElse(null);
	}

	private Document signInPage() throws Exception {
		return Pages.parse(this.mvc.perform(get("/sign-in").session(this.session)));
	}

	@Test
	void theSignInPageOffersTheProviderByName() throws Exception {
		Document page = signInPage();
		assertThat(page.select("a#sso-sign-in.govuk-button").text()).isEqualTo("Sign in with Westmere Council");
		assertThat(page.select("a#sso-sign-in").attr("href")).isEqualTo("/oauth2/authorization/council");
		// other partnerships still use passwords, so the form stays
		assertThat(page.select("form[action=/sign-in] input#password")).hasSize(1);
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void aVerifiedEmailSignsInToTheAccountWithThatAddress() throws Exception {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);

		assertThat(signInThroughProvider(practitioner, true, "pwd")).isEqualTo("/");

		assertThat(signedIn()).isTrue();
		assertThat(lastLogged("SIGN_IN_SUCCEEDED", practitioner.getId(), null)).isEqualTo("single sign-on");
		assertThat(this.data.reload(practitioner).getLastSignedInAt()).isNotNull();
	}

	@Test
	void anUnknownEmailIsRefusedWithAMessageAndLogged() throws Exception {
		String stranger = "stranger-" + TestData.unique() + "@example.test";
		String username = "provider-" + TestData.unique();
		OidcProvider.get().add(username, new OidcProvider.Person(stranger, true, List.of("pwd", "mfa")));

		assertThat(signInThroughProvider(username)).isEqualTo("/sign-in?sso=unknown");

		assertThat(signedIn()).isFalse();
		Document page = Pages.parse(this.mvc.perform(get("/sign-in").param("sso", "unknown").session(this.session)));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#sso-sign-in]").text())
			.isEqualTo("There is no Online Lives account for " + stranger
					+ ". Ask your agency lead or partnership administrator to invite you.");
		assertThat(lastLogged("SIGN_IN_FAILED", null, stranger))
			.isEqualTo("single sign-on: no account for this email address");
		assertThat(this.users.findByEmail(stranger)).isEmpty();
	}

	@Test
	void anEmailTheProviderHasNotVerifiedIsRefused() throws Exception {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);

		assertThat(signInThroughProvider(practitioner, false, "pwd", "mfa")).isEqualTo("/sign-in?sso=unverified");

		assertThat(signedIn()).isFalse();
		assertThat(lastLogged("SIGN_IN_FAILED", practitioner.getId(), null))
			.isEqualTo("single sign-on: email address not verified by the provider");
		assertThat(lastLogged("SIGN_IN_SUCCEEDED", practitioner.getId(), null)).isNull();
	}

	@Test
	void anEmailWithoutAnyVerifiedClaimIsRefused() throws Exception {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);

		assertThat(signInThroughProvider(practitioner, null, "pwd")).isEqualTo("/sign-in?sso=unverified");

		assertThat(signedIn()).isFalse();
	}

	@Test
	void aDeactivatedAccountIsRefused() throws Exception {
		Partnership partnership = this.data.partnership();
		User practitioner = this.data.user(partnership, this.data.agency(partnership), Role.PRACTITIONER);
		practitioner.deactivate();
		this.users.save(practitioner);

		assertThat(signInThroughProvider(practitioner, true, "pwd", "mfa")).isEqualTo("/sign-in?sso=deactivated");

		assertThat(signedIn()).isFalse();
		assertThat(lastLogged("SIGN_IN_FAILED", practitioner.getId(), null))
			.isEqualTo("single sign-on: account deactivated");
	}

	@Test
	void theProvidersMultiFactorAuthenticationReplacesOurSecondFactor() throws Exception {
		Partnership partnership = this.data.partnership();
		User admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN).user();

		assertThat(signInThroughProvider(admin, true, "pwd", "mfa")).isEqualTo("/");

		assertThat(signedIn()).isTrue();
		assertThat(lastLogged("SIGN_IN_SUCCEEDED", admin.getId(), null))
			.isEqualTo("single sign-on with the provider's multi-factor authentication");
	}

	@Test
	void withoutMultiFactorAtTheProviderOurSecondFactorIsStillAsked() throws Exception {
		Partnership partnership = this.data.partnership();
		TestData.UserWithSecret admin = this.data.userWithSecondFactor(partnership, null, Role.PARTNERSHIP_ADMIN);

		assertThat(signInThroughProvider(admin.user(), true)).isEqualTo("/sign-in/code");
		assertThat(signedIn()).isFalse();

		String afterCode = this.mvc
			.perform(post("/sign-in/code").session(this.session)
				.param("code", TestData.currentCode(admin.secret()))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(afterCode).isEqualTo("/");
		assertThat(signedIn()).isTrue();
		assertThat(lastLogged("SIGN_IN_SUCCEEDED", admin.user().getId(), null))
			.isEqualTo("single sign-on and authenticator code");
	}

	@Test
	void oneFactorAtTheProviderIsNotEnoughForARoleThatNeedsTwo() throws Exception {
		Partnership partnership = this.data.partnership();
		User lead = this.data.user(partnership, this.data.agency(partnership), Role.AGENCY_LEAD);

		// a one-time code alone is one factor (RFC 8176 names it a method, not mfa)
		assertThat(signInThroughProvider(lead, true, "otp")).isEqualTo("/account/two-factor/set-up");

		assertThat(signedIn()).isFalse();
	}

	@Test
	void anOpenInvitationIsAcceptedWhenTheInviteeSignsInThroughTheProvider() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User lead = this.data.user(partnership, agency, Role.AGENCY_LEAD);
		String invitee = "invitee-" + TestData.unique() + "@example.test";
		assertThat(this.mvc
			.perform(post("/admin/invitations").with(SignedIn.as(lead))
				.with(csrf())
				.param("name", "Ada Invited")
				.param("email", invitee)
				.param("agencyId", "")
				.param("roles", "PRACTITIONER"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/invitations/sent");
		String username = "provider-" + TestData.unique();
		OidcProvider.get().add(username, new OidcProvider.Person(invitee, true, List.of("pwd")));

		assertThat(signInThroughProvider(username)).isEqualTo("/");

		User joined = this.users.findByEmail(invitee).orElseThrow();
		assertThat(joined.getDisplayName()).isEqualTo("Ada Invited");
		assertThat(joined.getAgencyId()).isEqualTo(agency.getId());
		assertThat(joined.roles()).containsExactly(Role.PRACTITIONER);
		assertThat(this.invitations.awaitingAcceptance(invitee)).isFalse();
		assertThat(signedIn()).isTrue();
	}

	@Test
	void aPartnershipThatTurnsPasswordsOffRefusesPasswordSignIn() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User admin = this.data.user(partnership, null, Role.PARTNERSHIP_ADMIN);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		Partnership elsewhere = this.data.partnership();
		User otherPractitioner = this.data.user(elsewhere, this.data.agency(elsewhere), Role.PRACTITIONER);

		Document settings = Pages
			.parse(this.mvc.perform(get("/admin/partnership").with(SignedIn.as(admin)).session(new MockHttpSession())));
		assertThat(settings.select("input[name=passwordSignIn][value=false]")).hasSize(1);
		assertThat(this.mvc
			.perform(post("/admin/partnership").with(SignedIn.as(admin))
				.with(csrf())
				.param("name", partnership.getName())
				.param("passwordSignIn", "false")
				.param("version", String.valueOf(partnership.getVersion())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/partnership");

		String refused = this.mvc
			.perform(post("/sign-in").session(this.session)
				.param("email", practitioner.getEmail())
				.param("password", TestData.PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(refused).isEqualTo("/sign-in?passwordOff");
		assertThat(signedIn()).isFalse();
		assertThat(lastLogged("SIGN_IN_FAILED", practitioner.getId(), null))
			.isEqualTo("password sign-in turned off for this partnership");
		Document page = Pages.parse(this.mvc.perform(get("/sign-in").param("passwordOff", "")));
		assertThat(page.select(".govuk-error-summary a[href=#sso-sign-in]").text())
			.isEqualTo("Your partnership does not use passwords to sign in. Sign in with Westmere Council instead.");

		// the provider still signs the same person in (in a new session: the refusal
		// ended that one)
		this.session = new MockHttpSession();
		assertThat(signInThroughProvider(practitioner, true, "pwd")).isEqualTo("/");
		assertThat(signedIn()).isTrue();

		// another partnership's staff keep their passwords
		assertThat(this.mvc
			.perform(post("/sign-in").session(new MockHttpSession())
				.param("email", otherPractitioner.getEmail())
				.param("password", TestData.PASSWORD)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aRefusalAtTheProviderIsLoggedAndExplained() throws Exception {
		String authorizationRequest = this.mvc
			.perform(get(URI.create("http://127.0.0.1/oauth2/authorization/council")).session(this.session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String state = org.springframework.web.util.UriComponentsBuilder.fromUriString(authorizationRequest)
			.build()
			.getQueryParams()
			.getFirst("state");
		String address = "10.9.8." + (Math.abs(TestData.unique().hashCode()) % 250 + 1);

		String back = this.mvc
			.perform(get(URI.create("http://127.0.0.1/login/oauth2/code/council?error=access_denied&state=" + state))
				.session(this.session)
				.with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(back).isEqualTo("/sign-in?sso=failed");
		assertThat(this.jdbc.sql("""
				select detail from access_log
				where event = 'SIGN_IN_FAILED' and remote_address = :address order by id desc limit 1""")
			.param("address", address)
			.query(String.class)
			.single()).isEqualTo("single sign-on: the provider's sign-in did not succeed (access_denied)");
		Document page = Pages.parse(this.mvc.perform(get("/sign-in").param("sso", "failed")));
		assertThat(page.select(".govuk-error-summary").text())
			.contains("You could not be signed in with Westmere Council");
	}

}
