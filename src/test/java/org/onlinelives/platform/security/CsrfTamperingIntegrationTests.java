package org.onlinelives.platform.security;

import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.RequestDispatcher;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A CSRF token of the right length that has been tampered with, through the whole
 * application and its security chain: signed out on the sign-in form and signed in on a
 * record form, it is refused like any other wrong token, with 403 and the service's own
 * error page, never a 500 or a stack trace, and nothing is done.
 */
class CsrfTamperingIntegrationTests extends WebIntegrationTest {

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> tamperings() {
		return Stream.of(Arguments.of("masked half forged", (Tampering) CsrfTamperingIntegrationTests::forged),
				Arguments.of("characters flipped", (Tampering) CsrfTamperingIntegrationTests::flipped),
				Arguments.of("not Base64 at all", (Tampering) (real) -> "!".repeat(real.length())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tamperings")
	void signedOutTheSignInFormWithATamperedTokenIsRefusedWithTheServicesOwnPage(String name, Tampering tampering)
			throws Exception {
		MockHttpSession session = new MockHttpSession();
		String real = token(get("/sign-in").session(session));
		MvcResult result = this.mvc
			.perform(post("/sign-in").session(session)
				.param("_csrf", tampering.of(real))
				.param("email", "someone@example.test")
				.param("password", "anything at all"))
			.andReturn();
		assertRefused(result, "/sign-in");
		assertThat(result.getResponse().getRedirectedUrl()).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tamperings")
	void signedInARecordFormWithATamperedTokenIsRefusedWithTheServicesOwnPageAndNothingIsSaved(String name,
			Tampering tampering) throws Exception {
		User practitioner = this.data.user(this.data.partnership(), this.data.agency(this.data.partnership()),
				Role.PRACTITIONER);
		RequestPostProcessor signedIn = SignedIn.as(practitioner);
		MockHttpSession session = new MockHttpSession();
		String real = token(get("/young-people/new").session(session).with(signedIn));
		String reference = "CSRF-" + TestData.unique();
		MvcResult result = this.mvc
			.perform(post("/young-people").session(session)
				.with(signedIn)
				.param("_csrf", tampering.of(real))
				.param("caseReference", reference)
				.param("age", "14"))
			.andReturn();
		assertRefused(result, "/young-people");
		assertThat(this.jdbc.sql("select count(*) from young_person where case_reference = :reference")
			.param("reference", reference)
			.query(Long.class)
			.single()).isZero();
	}

	private void assertRefused(MvcResult result, String uri) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertNoStackTrace(response.getContentAsString());
		// What the servlet container shows for the status: its error dispatch to /error,
		// on the same request, so with the attributes the refusal set on it.
		Object expired = result.getRequest().getAttribute("formExpired");
		assertThat(expired).as("the refusal marks the form as expired").isEqualTo(Boolean.TRUE);
		MockHttpServletResponse error = this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri)
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, String.valueOf(response.getErrorMessage()))
				.requestAttr("formExpired", expired))
			.andReturn()
			.getResponse();
		assertThat(error.getStatus()).as(error.getContentAsString()).isEqualTo(403);
		Document page = Jsoup.parse(error.getContentAsString());
		String title = this.messages.getMessage("error.403.form.title", null, Locale.UK);
		assertThat(page.title()).isEqualTo(title + " – Online Lives");
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select("html.govuk-template body.govuk-template__body")).hasSize(1);
		assertThat(page.select(".govuk-service-navigation__service-name").text()).isEqualTo("Online Lives");
		assertThat(page.select("main.govuk-main-wrapper p.govuk-body").first().text())
			.isEqualTo(this.messages.getMessage("error.403.form.body", null, Locale.UK))
			.doesNotContain("roles");
		assertNoStackTrace(page.outerHtml());
	}

	@Test
	void aPageRefusedForRolesStillSaysSo() throws Exception {
		User practitioner = this.data.user(this.data.partnership(), this.data.agency(this.data.partnership()),
				Role.PRACTITIONER);
		MvcResult result = this.mvc.perform(get("/admin/access-log").with(SignedIn.as(practitioner))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getRequest().getAttribute("formExpired")).isNull();
		Document page = Jsoup.parse(this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/access-log"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo(this.messages.getMessage("error.403.title", null, Locale.UK));
	}

	private static void assertNoStackTrace(String body) {
		assertThat(body).doesNotContain("Decoding failed", "Exception", "\tat org.", "at org.springframework",
				"Whitelabel");
	}

	private String token(MockHttpServletRequestBuilder page) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(page).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String token = Jsoup.parse(response.getContentAsString()).select("input[name=_csrf]").attr("value");
		assertThat(token).isNotEmpty();
		return token;
	}

	/**
	 * The same length, but the masked half no longer matches the key: unmasked, every
	 * byte is 0xFF, which is not UTF-8.
	 */
	private static String forged(String real) {
		byte[] bytes = Base64.getUrlDecoder().decode(real);
		byte[] forged = new byte[bytes.length];
		Arrays.fill(forged, bytes.length / 2, bytes.length, (byte) 0xFF);
		return sameLength(real, Base64.getUrlEncoder().encodeToString(forged));
	}

	/**
	 * Every character of the token's second half swapped for another Base64 character.
	 */
	private static String flipped(String real) {
		char[] chars = real.toCharArray();
		for (int i = chars.length / 2; i < chars.length; i++) {
			chars[i] = switch (chars[i]) {
				case '=' -> '=';
				case 'A' -> '_';
				default -> 'A';
			};
		}
		return sameLength(real, new String(chars));
	}

	private static String sameLength(String real, String tampered) {
		assertThat(tampered).hasSameSizeAs(real).isNotEqualTo(real);
		return tampered;
	}

	@FunctionalInterface
	interface Tampering {

		String of(String real);

	}

}
