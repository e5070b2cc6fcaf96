package org.onlinelives.platform.security;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.InvitationService;
import org.onlinelives.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sign-in page of an installation with single sign-on: the provider's button, the
 * password form only while some partnership still uses passwords, and the provider's
 * refusals in words.
 */
@WebMvcTest(SignInController.class)
@PlatformWebSlice
@Import({ SingleSignOnLogin.class, SingleSignOnSuccess.class, SingleSignOnFailure.class, SingleSignOnAccounts.class })
@MockitoBean(types = InvitationService.class)
@TestPropertySource(properties = { "onlinelives.sso.issuer-uri=http://127.0.0.1:9/not-contacted-by-these-tests",
		"onlinelives.sso.client-id=online-lives", "onlinelives.sso.display-name=Eastvale Council" })
class SingleSignOnSignInPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Partnerships partnerships;

	@Test
	void theProvidersButtonComesFirstAndThePasswordFormStaysWhileAPartnershipUsesIt() throws Exception {
		given(this.partnerships.count()).willReturn(2L);
		given(this.partnerships.anyWithPasswordSignIn()).willReturn(true);
		Document page = Pages.parse(this.mvc.perform(get("/sign-in")));
		assertThat(page.select("a#sso-sign-in.govuk-button").text()).isEqualTo("Sign in with Eastvale Council");
		assertThat(page.select("main h2").text()).isEqualTo("Sign in with your email address and password");
		assertThat(page.getElementById("password")).isNotNull();
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void whenEveryPartnershipHasTurnedPasswordsOffTheFormIsGone() throws Exception {
		given(this.partnerships.count()).willReturn(2L);
		given(this.partnerships.anyWithPasswordSignIn()).willReturn(false);
		Document page = Pages.parse(this.mvc.perform(get("/sign-in")));
		assertThat(page.select("#sso-sign-in")).hasSize(1);
		assertThat(page.select("form[action=/sign-in]")).isEmpty();
		assertThat(page.select("#password")).isEmpty();
		assertThat(page.text()).doesNotContain("wrong attempts");
	}

	@Test
	void aRefusedPasswordPointsToTheProvidersButton() throws Exception {
		given(this.partnerships.count()).willReturn(1L);
		given(this.partnerships.anyWithPasswordSignIn()).willReturn(false);
		Document page = Pages.parse(this.mvc.perform(get("/sign-in").param("passwordOff", "")));
		assertThat(page.title()).isEqualTo("Error: Sign in – Online Lives");
		assertThat(page.select(".govuk-error-summary a[href=#sso-sign-in]").text())
			.isEqualTo("Your partnership does not use passwords to sign in. Sign in with Eastvale Council instead.");
	}

	@Test
	void anUnverifiedAddressIsNamedWithTheProvider() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SignInController.PROVIDER_EMAIL, "kim@eastvale.example");
		Document page = Pages.parse(this.mvc.perform(get("/sign-in").param("sso", "unverified").session(session)));
		assertThat(page.select(".govuk-error-summary a[href=#sso-sign-in]").text())
			.isEqualTo("Eastvale Council has not confirmed that kim@eastvale.example is your email address, "
					+ "so we cannot use it to find your account. Ask your IT service desk to confirm it.");
		// the email field is not blamed for the provider's answer
		assertThat(page.select("#email-error")).isEmpty();
	}

	@Test
	void anUnrecognisedAnswerReadsAsAFailedAttempt() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/sign-in").param("sso", "<script>")));
		assertThat(page.select(".govuk-error-summary").text()).contains(
				"You could not be signed in with Eastvale Council. Try again, and if it happens again, ask your IT service desk for help.");
	}

	@Test
	void theButtonStartsTheProvidersSignIn() throws Exception {
		// discovery is lazy: the page renders without the provider, and pressing the
		// button while it cannot be reached ends on the sign-in page, not an error page
		assertThat(this.mvc.perform(get("/oauth2/authorization/council")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in?sso=failed");
	}

}
