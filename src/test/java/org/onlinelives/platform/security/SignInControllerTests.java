package org.onlinelives.platform.security;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ SignInController.class, SecondFactorController.class })
@PlatformWebSlice
class SignInControllerTests {

	@Autowired
	MockMvc mvc;

	@org.springframework.test.context.bean.override.mockito.MockitoBean
	SecondFactorVerification verification;

	@Test
	void theSignInPageHasLabelledFieldsAndNoErrorAtFirst() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/sign-in")).andExpect(status().isOk()));
		assertThat(page.title()).isEqualTo("Sign in – Online Lives");
		assertThat(page.select("h1").text()).isEqualTo("Sign in to Online Lives");
		assertThat(page.getElementById("email").attr("autocomplete")).isEqualTo("username");
		assertThat(page.getElementById("password").attr("type")).isEqualTo("password");
		assertThat(page.select(".govuk-error-summary")).isEmpty();
		assertThat(page.select("form input[name=_csrf]")).isNotEmpty();
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void withoutSingleSignOnConfiguredNothingAboutItAppears() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/sign-in").param("sso", "unknown")));
		assertThat(page.select("#sso-sign-in")).isEmpty();
		assertThat(page.select(".govuk-error-summary")).isEmpty();
		assertThat(page.text()).doesNotContain("single sign-on").doesNotContain("Sign in with");
		assertThat(page.getElementById("password")).isNotNull();
		this.mvc.perform(get("/oauth2/authorization/council")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void aFailedSignInSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/sign-in").param("error", "")));
		assertThat(page.select(".govuk-error-summary a[href=#email]").text())
			.isEqualTo("Enter a correct email address and password");
	}

	@Test
	void someoneAlreadySignedInGoesHome() throws Exception {
		this.mvc.perform(get("/sign-in").with(SignedIn.as(People.person(1, 2L, Role.PRACTITIONER))))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void theCodeStepIsOnlyForSomeoneHalfWaySignedIn() throws Exception {
		this.mvc.perform(get("/sign-in/code")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/sign-in/code").with(SignedIn.as(People.person(1, 2L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/sign-in/code").with(SignedIn.as(People.person(1, 2L, Role.PRACTITIONER)))
				.with(csrf())
				.param("code", "123456"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingOutNeedsAPostWithTheToken() throws Exception {
		this.mvc.perform(post("/sign-out").with(SignedIn.as(People.person(1, 2L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/sign-out").with(SignedIn.as(People.person(1, 2L, Role.PRACTITIONER))).with(csrf()))
			.andExpect(redirectedUrl("/signed-out"));
	}

}
