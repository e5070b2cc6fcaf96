package org.onlinelives.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformPagesWebSlice
class TwoFactorSetUpControllerTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXP";

	@Autowired
	MockMvc mvc;

	@Autowired
	SecondFactorCodes codes;

	@Autowired
	SecondFactorSetUp setUp;

	@Autowired
	PeopleDetailsService people;

	private User user;

	private MockHttpSession session;

	@BeforeEach
	void aPersonWithoutASecondFactor() {
		this.user = People.person(1L, 5L, Role.AGENCY_LEAD);
		given(this.setUp.current(any())).willReturn(this.user);
		given(this.codes.newSecret()).willReturn(SECRET);
		given(this.codes.qrCodeDataUri(eq(SECRET), anyString())).willReturn("data:image/png;base64,AAAA");
		this.session = new MockHttpSession();
		this.session.setAttribute("twoFactor.pendingSecret", SECRET);
	}

	@Test
	void theSetUpPageShowsTheQrCodeAndKey() throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/account/two-factor/set-up").with(SignedIn.as(this.user)))
			.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Set up your authenticator app");
		assertThat(page.select("img.ol-qr").attr("src")).isEqualTo("data:image/png;base64,AAAA");
		assertThat(page.getElementById("secret-key").text()).isEqualTo(SecondFactorCodes.grouped(SECRET));
	}

	@Test
	void theRightCodeTurnsTheSecondFactorOnAndShowsRecoveryCodes() throws Exception {
		given(this.codes.matchingStep(SECRET, "123456")).willReturn(OptionalLong.of(77L));
		given(this.setUp.enable(any(), eq(SECRET), eq(77L), any()))
			.willReturn(new SecondFactorSetUp.Enabled(this.user, List.of("aaaa-bbbb", "cccc-dddd")));
		given(this.people.signedIn(this.user)).willReturn(new SignedInUser(this.user, false, false));
		this.mvc
			.perform(post("/account/two-factor/set-up").session(this.session)
				.with(SignedIn.as(this.user))
				.with(csrf())
				.param("code", "123456"))
			.andExpect(redirectedUrl("/account/two-factor/recovery-codes"))
			.andExpect(flash().attribute("recoveryCodes", List.of("aaaa-bbbb", "cccc-dddd")));
		verify(this.setUp).enable(any(), eq(SECRET), eq(77L), any());
		assertThat(this.session.getAttribute("twoFactor.pendingSecret")).isNull();
	}

	@Test
	void aMissingCodeIsShownBesideTheField() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/account/two-factor/set-up").session(this.session)
						.with(SignedIn.as(this.user))
						.with(csrf())
						.param("code", ""))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "code", "Enter the 6-digit code from your authenticator app");
		verify(this.setUp, never()).enable(any(), anyString(), anyLong(), any());
	}

	@Test
	void aWrongCodeIsShownBesideTheFieldAndTheSameKeyKept() throws Exception {
		given(this.codes.matchingStep(SECRET, "000000")).willReturn(OptionalLong.empty());
		Document page = Pages.parse(
				this.mvc
					.perform(post("/account/two-factor/set-up").session(this.session)
						.with(SignedIn.as(this.user))
						.with(csrf())
						.param("code", "000000"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "code", "The code is not correct.");
		assertThat(page.getElementById("secret-key").text()).isEqualTo(SecondFactorCodes.grouped(SECRET));
		verify(this.setUp, never()).enable(any(), anyString(), anyLong(), any());
	}

	@Test
	void confirmingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/account/two-factor/set-up").session(this.session)
				.with(SignedIn.as(this.user))
				.param("code", "123456"))
			.andExpect(status().isForbidden());
		verify(this.setUp, never()).enable(any(), anyString(), anyLong(), any());
	}

	@Test
	void aPersonWhoHasNotPassedTheirPasswordCannotSetUpASecondFactor() throws Exception {
		SignedInUser pending = new SignedInUser(this.user, false, false);
		this.mvc
			.perform(post("/account/two-factor/set-up").session(this.session)
				.with(authentication(UsernamePasswordAuthenticationToken.authenticated(pending, null,
						List.of(new SimpleGrantedAuthority(SignInStage.SECOND_FACTOR_PENDING)))))
				.with(csrf())
				.param("code", "123456"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in/code"));
		verify(this.setUp, never()).enable(any(), anyString(), anyLong(), any());
	}

	@Test
	void someoneWithASecondFactorAlreadyGoesBackToTheirAccount() throws Exception {
		ReflectionTestUtils.setField(this.user, "totpEnabled", true);
		this.mvc
			.perform(post("/account/two-factor/set-up").session(this.session)
				.with(SignedIn.as(this.user))
				.with(csrf())
				.param("code", "123456"))
			.andExpect(redirectedUrl("/account"));
		verify(this.setUp, never()).enable(any(), anyString(), anyLong(), any());
	}

	@Test
	void recoveryCodesAreReplacedAndShownOnce() throws Exception {
		given(this.setUp.replaceRecoveryCodes(any())).willReturn(Optional.of(List.of("eeee-ffff")));
		this.mvc.perform(post("/account/two-factor/recovery-codes").with(SignedIn.as(this.user)).with(csrf()))
			.andExpect(redirectedUrl("/account/two-factor/recovery-codes"))
			.andExpect(flash().attribute("recoveryCodes", List.of("eeee-ffff")))
			.andExpect(flash().attribute("justSetUp", false));
	}

	@Test
	void replacingRecoveryCodesWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/account/two-factor/recovery-codes").with(SignedIn.as(this.user)))
			.andExpect(status().isForbidden());
		verify(this.setUp, never()).replaceRecoveryCodes(any());
	}

	@Test
	void theRecoveryCodesPageWithoutNewCodesGoesBackToTheAccount() throws Exception {
		this.mvc.perform(get("/account/two-factor/recovery-codes").with(SignedIn.as(this.user)))
			.andExpect(redirectedUrl("/account"));
	}

}
