package org.onlinelives.platform.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.WebIntegrationTest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The error pages, keyed on the status: each status with words of its own shows them
 * (title, heading and text), any other 4xx or 5xx the general words. Pages reach them as
 * Spring Boot does, from the status alone, or by the view name a handler returns.
 */
class ErrorPagesIntegrationTests extends WebIntegrationTest {

	@Autowired
	ErrorViewResolver errorViews;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@CsvSource({ "400, error.400", "401, error.4xx", "403, error.403", "404, error.404", "405, error.4xx",
			"409, error.409", "413, error.413", "415, error.4xx", "429, error.429", "500, error.5xx", "502, error.5xx",
			"503, error.503" })
	void eachStatusShowsItsOwnWordsOrTheGeneralOnes(int status, String key) {
		ModelAndView view = this.errorViews.resolveErrorView(new MockHttpServletRequest(), HttpStatus.valueOf(status),
				Map.of("status", status));
		assertThat(view).isNotNull();
		Document page = render(view.getViewName(), view.getModel());
		assertPage(page, key);
	}

	@Test
	void tooManyDownloadsSaysHowLongToWait() {
		Document page = render(this.errorViews
			.resolveErrorView(new MockHttpServletRequest(), HttpStatus.TOO_MANY_REQUESTS, Map.of("status", 429))
			.getViewName(), Map.of("status", 429, "retryAfterSeconds", 42));
		assertThat(page.title()).isEqualTo(text("error.429.downloads.title") + " – Online Lives");
		assertThat(page.select("h1").text()).isEqualTo(text("error.429.downloads.title"));
		assertThat(page.select("main p.govuk-body").eachText()).startsWith(text("error.429.downloads.body"),
				"Wait 42 seconds, then try again.");
		assertThat(page.select("main").text()).doesNotContain(text("error.429.body"));
	}

	@Test
	void aPathIdThatIsNotANumberIsPageNotFound() throws Exception {
		User admin = this.data.user(this.data.partnership(), null, Role.PARTNERSHIP_ADMIN);
		MockHttpServletResponse response = this.mvc.perform(get("/admin/users/not-a-number").with(SignedIn.as(admin)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertPage(Jsoup.parse(response.getContentAsString()), "error.404");
	}

	private void assertPage(Document page, String key) {
		assertThat(page.title()).isEqualTo(text(key + ".title") + " – Online Lives");
		assertThat(page.select("h1").text()).isEqualTo(text(key + ".title"));
		assertThat(page.select("main p.govuk-body").first().text()).isEqualTo(text(key + ".body"));
		assertThat(page.select("main a[href=/]").text()).isEqualTo(text("error.home"));
	}

	private Document render(String view, Map<String, ?> model) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		MockHttpServletResponse response = new MockHttpServletResponse();
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), Locale.UK, new HashMap<>(model));
		return Jsoup.parse(this.templates.process(view, context));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.UK);
	}

}
