package org.onlinelives.assessment.web;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.api.ApiToken;
import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssessmentWebSlice
class ApiTokensControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenService tokens;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	@Test
	void aNewTokenIsShownOnceOnTheResponseToItsCreation() throws Exception {
		ApiToken token = mock(ApiToken.class);
		given(token.getName()).willReturn("Case system");
		given(token.getCreatedAt()).willReturn(Instant.EPOCH);
		given(this.tokens.issue(any(), eq("Case system")))
			.willReturn(new ApiTokenService.Issued(token, "ol_secret-shown-once"));
		Document page = Pages.parse(this.mvc
			.perform(post("/api-tokens").with(SignedIn.as(this.practitioner)).with(csrf()).param("name", "Case system"))
			.andExpect(status().isOk()));
		assertThat(page.getElementById("new-token").text()).isEqualTo("ol_secret-shown-once");
		assertThat(page.getElementById("name").val()).isEmpty();
	}

	@Test
	void aNameTheTokenRefusesIsShownBesideTheField() throws Exception {
		given(this.tokens.issue(any(), any())).willThrow(new InvalidAnswerException("name", "apiToken.name.tooLong",
				"A token needs a name of 1 to 100 characters"));
		given(this.tokens.tokensOf(any())).willReturn(List.of());
		Document page = Pages.parse(this.mvc.perform(
				post("/api-tokens").with(SignedIn.as(this.practitioner)).with(csrf()).param("name", "n".repeat(101)))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "name", "Name must be 100 characters or fewer");
		assertThat(page.getElementById("new-token")).isNull();
	}

	@Test
	void revokingATokenRevokesItAndSaysSo() throws Exception {
		this.mvc.perform(post("/api-tokens/4/revoke").with(SignedIn.as(this.practitioner)).with(csrf()))
			.andExpect(redirectedUrl("/api-tokens"))
			.andExpect(flash().attribute("success", "apiToken.revoked"));
		verify(this.tokens).revoke(any(), eq(4L));
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/api-tokens").with(SignedIn.as(this.practitioner)).param("name", "Case system"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api-tokens/4/revoke").with(SignedIn.as(this.practitioner)))
			.andExpect(status().isForbidden());
		verify(this.tokens, never()).issue(any(), any());
		verify(this.tokens, never()).revoke(any(), anyLong());
	}

	@Test
	void administratorsHaveNoApiTokens() throws Exception {
		this.mvc
			.perform(post("/api-tokens").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("name", "Case system"))
			.andExpect(status().isForbidden());
		verify(this.tokens, never()).issue(any(), any());
	}

}
