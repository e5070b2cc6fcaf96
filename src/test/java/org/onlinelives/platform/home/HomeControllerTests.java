package org.onlinelives.platform.home;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
@PlatformWebSlice
@Import(PlatformNavigation.class)
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageNeedsSignIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void anAdministratorSeesTheAdministrationLinksAndAPractitionerDoesNot() throws Exception {
		Document admin = Pages
			.parse(this.mvc.perform(get("/").with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN))))
				.andExpect(status().isOk()));
		assertThat(admin.select("main a").eachAttr("href")).contains("/admin/users", "/admin/agencies",
				"/admin/access-log", "/admin/partnership");
		assertThat(admin.select(".govuk-service-navigation__item--active a").attr("aria-current")).isEqualTo("page");
		Document practitioner = Pages
			.parse(this.mvc.perform(get("/").with(SignedIn.as(People.person(1, 5L, Role.PRACTITIONER))))
				.andExpect(status().isOk()));
		assertThat(practitioner.select("a").eachAttr("href")).doesNotContain("/admin/users", "/admin/access-log");
		assertThat(practitioner.select(".ol-masthead form[action=/sign-out] input[name=_csrf]")).isNotEmpty();
	}

	@Test
	void scriptsCarryTheNonceAndThereIsNoInlineScriptOrStyle() throws Exception {
		var result = this.mvc.perform(get("/accessibility")).andExpect(status().isOk()).andReturn();
		String policy = result.getResponse().getHeader("Content-Security-Policy");
		Document page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
		String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
		assertThat(page.select("script")).isNotEmpty()
			.allSatisfy((script) -> assertThat(script.attr("nonce")).isEqualTo(nonce))
			.allSatisfy((script) -> assertThat(script.hasAttr("src")).isTrue());
		assertThat(page.select("[style], style")).isEmpty();
		assertThat(page.select("[onclick], [onload], [onsubmit]")).isEmpty();
	}

}
