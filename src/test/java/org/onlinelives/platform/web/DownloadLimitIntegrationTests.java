package org.onlinelives.platform.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * PDFs and exports are limited per person (10 a minute by default): the next one gets the
 * service's 429 page with how long to wait; other people and other pages are unaffected.
 */
class DownloadLimitIntegrationTests extends WebIntegrationTest {

	@Test
	void theEleventhDownloadInAMinuteIsRefusedWithA429Page() throws Exception {
		User admin = this.data.user(this.data.partnership(), null, Role.PARTNERSHIP_ADMIN);
		for (int i = 0; i < 10; i++) {
			assertThat(download(admin).getStatus()).as("download " + (i + 1)).isNotEqualTo(429);
		}
		MockHttpServletResponse refused = download(admin);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.title()).isEqualTo("Too many downloads – Online Lives");
		assertThat(page.select("h1").text()).isEqualTo("Too many downloads");
		assertThat(page.select("main").text()).contains("Wait " + refused.getHeader("Retry-After") + " seconds");

		User colleague = this.data.user(this.data.partnership(), null, Role.PARTNERSHIP_ADMIN);
		assertThat(download(colleague).getStatus()).isNotEqualTo(429);
		assertThat(
				this.mvc.perform(get("/audit-results").with(SignedIn.as(admin))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	private MockHttpServletResponse download(User admin) throws Exception {
		return this.mvc.perform(get("/audit-results/export.csv").param("cycle", "0").with(SignedIn.as(admin)))
			.andReturn()
			.getResponse();
	}

}
