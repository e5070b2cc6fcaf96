package org.onlinelives.platform.security;

import java.util.Arrays;
import java.util.Base64;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A CSRF token of the right length whose bytes have been changed is refused like any
 * other wrong token: 403, signed in or not, and nothing in the log.
 */
@WebMvcTest(SignInController.class)
@PlatformWebSlice
@ExtendWith(OutputCaptureExtension.class)
class CsrfTamperingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aTamperedTokenSignedOutIs403(CapturedOutput output) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String real = tokenFromSignInPage(session);
		MockHttpServletResponse response = this.mvc
			.perform(post("/sign-in").session(session)
				.param("_csrf", tampered(real))
				.param("email", "someone@example.test")
				.param("password", "anything at all"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(output).doesNotContain("Decoding failed");
	}

	@Test
	void aTamperedTokenSignedInIs403(CapturedOutput output) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String real = tokenFromSignInPage(session);
		MockHttpServletResponse response = this.mvc
			.perform(post("/sign-out").session(session)
				.with(SignedIn.as(People.person(1, 2L, Role.PRACTITIONER)))
				.param("_csrf", tampered(real)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(output).doesNotContain("Decoding failed");
	}

	@Test
	void theUntamperedTokenStillWorks() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String real = tokenFromSignInPage(session);
		MockHttpServletResponse response = this.mvc
			.perform(post("/sign-out").session(session)
				.with(SignedIn.as(People.person(1, 2L, Role.PRACTITIONER)))
				.param("_csrf", real))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/signed-out");
	}

	private String tokenFromSignInPage(MockHttpSession session) throws Exception {
		String page = this.mvc.perform(get("/sign-in").session(session)).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(page).select("input[name=_csrf]").attr("value");
	}

	/**
	 * The same length, but the masked half no longer matches: unmasked, every byte is
	 * 0xFF, which is not UTF-8.
	 */
	private static String tampered(String real) {
		byte[] bytes = Base64.getUrlDecoder().decode(real);
		int half = bytes.length / 2;
		byte[] forged = new byte[bytes.length];
		Arrays.fill(forged, half, bytes.length, (byte) 0xFF);
		String token = Base64.getUrlEncoder().encodeToString(forged);
		assertThat(token).hasSameSizeAs(real).isNotEqualTo(real);
		return token;
	}

}
