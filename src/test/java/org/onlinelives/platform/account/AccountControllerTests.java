package org.onlinelives.platform.account;

import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.people.internal.Users;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AccountController.class)
@PlatformWebSlice
@Import(OwnAccount.class)
class AccountControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Test
	void theAccountPageNeedsSignIn() throws Exception {
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void theCurrentPasswordMustBeRightAndTheNewOneStrong() throws Exception {
		User user = People.person(1, 5L, Role.PRACTITIONER);
		given(this.users.findById(user.getId())).willReturn(Optional.of(user));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/account/password").with(SignedIn.as(user))
						.with(csrf())
						.param("currentPassword", "wrong")
						.param("password", "password1234")
						.param("confirmPassword", "password1234"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "currentPassword", "Your current password is not correct");
		Pages.assertFieldError(page, "password", "too common");
		verify(this.users, never()).save(any());
	}

	@Test
	void aGoodChangeIsSavedAndLogged() throws Exception {
		User user = People.person(1, 5L, Role.PRACTITIONER);
		given(this.users.findById(user.getId())).willReturn(Optional.of(user));
		this.mvc
			.perform(post("/account/password").with(SignedIn.as(user))
				.with(csrf())
				.param("currentPassword", "x")
				.param("password", "Seven green lanterns drift past")
				.param("confirmPassword", "Seven green lanterns drift past"))
			.andExpect(redirectedUrl("/account"));
		verify(this.users).save(user);
		assertThat(user.getPasswordHash()).startsWith("{bcrypt}");
	}

}
