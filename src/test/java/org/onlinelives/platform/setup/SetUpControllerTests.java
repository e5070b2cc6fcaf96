package org.onlinelives.platform.setup;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SetUpController.class)
@PlatformWebSlice
class SetUpControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FirstRunSetup setup;

	@Test
	void withoutTheTokenThereIsNoSetUpPage() throws Exception {
		given(this.setup.accepts("right")).willReturn(true);
		this.mvc.perform(get("/setup/wrong")).andExpect(status().isNotFound());
		this.mvc.perform(post("/setup/wrong").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void everyMissingAnswerIsShownBesideItsField() throws Exception {
		given(this.setup.accepts("right")).willReturn(true);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/setup/right").with(csrf())
						.param("partnershipName", "")
						.param("name", "")
						.param("email", "")
						.param("password", "")
						.param("confirmPassword", ""))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "partnershipName", "Enter the partnership name");
		Pages.assertFieldError(page, "name", "Enter a full name");
		Pages.assertFieldError(page, "email", "Enter an email address");
		Pages.assertFieldError(page, "password", "Enter a password");
		Pages.assertLabelledAndUnique(page);
		verify(this.setup, never()).complete(any());
	}

	@Test
	void aCompleteFormSetsUpAndGoesToSignIn() throws Exception {
		given(this.setup.accepts("right")).willReturn(true);
		this.mvc
			.perform(post("/setup/right").with(csrf())
				.param("partnershipName", "Westmere")
				.param("name", "Wren")
				.param("email", "wren@example.org")
				.param("password", "Blue kettle over seven quiet hills")
				.param("confirmPassword", "Blue kettle over seven quiet hills"))
			.andExpect(redirectedUrl("/sign-in?setUp"));
		verify(this.setup).complete(any());
	}

}
