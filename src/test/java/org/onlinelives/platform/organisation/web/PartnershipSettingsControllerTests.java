package org.onlinelives.platform.organisation.web;

import java.time.Instant;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PartnershipSettingsController.class)
@org.springframework.context.annotation.Import(org.onlinelives.platform.organisation.PartnershipSettings.class)
@PlatformWebSlice
class PartnershipSettingsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Partnerships partnerships;

	private Partnership partnership() {
		Partnership partnership = Partnership.create("Westmere", Instant.EPOCH);
		ReflectionTestUtils.setField(partnership, "id", 1L);
		ReflectionTestUtils.setField(partnership, "version", 4L);
		given(this.partnerships.findById(anyLong())).willReturn(Optional.of(partnership));
		return partnership;
	}

	@Test
	void agencyLeadsCannotChangePartnershipSettings() throws Exception {
		this.mvc.perform(get("/admin/partnership").with(SignedIn.as(People.person(1, 5L, Role.AGENCY_LEAD))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSecondFactorForEveryoneIsSaved() throws Exception {
		Partnership partnership = partnership();
		this.mvc
			.perform(post("/admin/partnership").with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("name", "Westmere")
				.param("secondFactorForEveryone", "true")
				.param("version", "4"))
			.andExpect(redirectedUrl("/admin/partnership"));
		assertThat(partnership.isSecondFactorForEveryone()).isTrue();
		verify(this.partnerships).save(partnership);
	}

	@Test
	void withoutSingleSignOnPasswordSignInIsNotOfferedAndCannotBeTurnedOff() throws Exception {
		Partnership partnership = partnership();
		Document form = Pages.parse(this.mvc
			.perform(get("/admin/partnership").with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN)))));
		assertThat(form.select("input[name=passwordSignIn]")).isEmpty();

		Document refused = Pages.parse(
				this.mvc
					.perform(
							post("/admin/partnership").with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN)))
								.with(csrf())
								.param("name", "Westmere")
								.param("passwordSignIn", "false")
								.param("version", "4"))
					.andExpect(status().isOk()));
		assertThat(refused.select(".govuk-error-summary").text())
			.contains("Password sign-in cannot be turned off while single sign-on is not set up");
		assertThat(partnership.isPasswordSignIn()).isTrue();
		verify(this.partnerships, never()).save(any());
	}

	@Test
	void aStaleFormIsRefusedWithAMessage() throws Exception {
		partnership();
		Document page = Pages.parse(
				this.mvc
					.perform(
							post("/admin/partnership").with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN)))
								.with(csrf())
								.param("name", "Westmere renamed")
								.param("version", "3"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed these settings");
		assertThat(page.getElementById("name").val()).isEqualTo("Westmere renamed");
		verify(this.partnerships, never()).save(any());
	}

}
