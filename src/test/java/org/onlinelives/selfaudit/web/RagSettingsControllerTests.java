package org.onlinelives.selfaudit.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.people.Role;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.scoring.RagBands;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SelfAuditWebSlice
class RagSettingsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessLog accessLog;

	@Autowired
	RagSettings settings;

	@Test
	void validThresholdsAreSavedForThePartnershipAndLogged() throws Exception {
		this.mvc
			.perform(post("/audit-cycles/settings").with(SignedIn.as(People.person(3L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("amberFromPercent", "40")
				.param("greenFromPercent", "75"))
			.andExpect(redirectedUrl("/audit-cycles/settings"));
		verify(this.settings).save(3L, new RagBands(40, 75));
		verify(this.accessLog).record(any(), eq(AccessEvent.PARTNERSHIP_SETTINGS_CHANGED), eq("selfaudit-rag"), eq(3L),
				eq("amber from 40%, green from 75%"));
	}

	@Test
	void numbersOutOfRangeAreShownBesideTheirFields() throws Exception {
		Document page = Pages.parse(this.mvc
			.perform(post("/audit-cycles/settings").with(SignedIn.as(People.person(3L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("amberFromPercent", "0")
				.param("greenFromPercent", "half"))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "amberFromPercent", "Enter a whole number from 1 to 100");
		Pages.assertFieldError(page, "greenFromPercent", "Enter a whole number from 1 to 100");
		assertThat(page.getElementById("greenFromPercent").val()).isEqualTo("half");
		verify(this.settings, never()).save(anyLong(), any());
	}

	@Test
	void greenMustStartAboveAmber() throws Exception {
		Document page = Pages.parse(this.mvc
			.perform(post("/audit-cycles/settings").with(SignedIn.as(People.person(3L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("amberFromPercent", "80")
				.param("greenFromPercent", "80"))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "greenFromPercent", "Green must start above amber");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		verify(this.settings, never()).save(anyLong(), any());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/audit-cycles/settings").with(SignedIn.as(People.person(3L, null, Role.PARTNERSHIP_ADMIN)))
				.param("amberFromPercent", "40")
				.param("greenFromPercent", "75"))
			.andExpect(status().isForbidden());
		verify(this.settings, never()).save(anyLong(), any());
	}

	@Test
	void qaReviewersCannotChangeTheThresholds() throws Exception {
		this.mvc
			.perform(post("/audit-cycles/settings").with(SignedIn.as(People.person(3L, null, Role.QA_REVIEWER)))
				.with(csrf())
				.param("amberFromPercent", "40")
				.param("greenFromPercent", "75"))
			.andExpect(status().isForbidden());
		verify(this.settings, never()).save(anyLong(), any());
	}

}
