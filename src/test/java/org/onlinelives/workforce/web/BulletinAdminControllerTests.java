package org.onlinelives.workforce.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.workforce.bulletins.Bulletin;
import org.onlinelives.workforce.bulletins.BulletinBoard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WorkforceWebSlice
class BulletinAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BulletinBoard board;

	@Test
	void aValidBulletinIsSavedAsADraftForTheChosenAudience() throws Exception {
		Bulletin.Details typed = new Bulletin.Details("Sextortion alert", "Be aware of a new scam.",
				List.of(Role.PRACTITIONER), List.of(5L));
		Bulletin saved = Bulletin.draft(1L, typed, 1L, Instant.EPOCH);
		ReflectionTestUtils.setField(saved, "id", 7L);
		given(this.board.draft(any(), any())).willReturn(saved);
		this.mvc
			.perform(post("/bulletins").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("title", "Sextortion alert")
				.param("body", "Be aware of a new scam.")
				.param("roles", "PRACTITIONER")
				.param("agencyIds", "5"))
			.andExpect(redirectedUrl("/bulletins/7"));
		ArgumentCaptor<Bulletin.Details> details = ArgumentCaptor.forClass(Bulletin.Details.class);
		verify(this.board).draft(any(), details.capture());
		assertThat(details.getValue().title()).isEqualTo("Sextortion alert");
		assertThat(details.getValue().body()).isEqualTo("Be aware of a new scam.");
		assertThat(details.getValue().roles()).containsExactly(Role.PRACTITIONER);
		assertThat(details.getValue().agencyIds()).containsExactly(5L);
	}

	@Test
	void missingWordsAndUnknownRolesAreShownBesideTheirFields() throws Exception {
		given(this.board.agencyNames(anyLong())).willReturn(Map.of(5L, "Riverside Academy"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/bulletins").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("title", "")
						.param("body", "")
						.param("roles", "ASTRONAUT"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "title", "Enter the bulletin's title");
		Pages.assertFieldError(page, "body", "Enter the text of the bulletin");
		Pages.assertFieldError(page, "roles", "Choose roles from the list");
		assertThat(page.select(".govuk-error-summary li").eachText()).first().asString().contains("title");
		Pages.assertLabelledAndUnique(page);
		verify(this.board, never()).draft(any(), any());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/bulletins").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.param("title", "Sextortion alert")
				.param("body", "Be aware of a new scam."))
			.andExpect(status().isForbidden());
		verify(this.board, never()).draft(any(), any());
	}

	@Test
	void agencyLeadsCannotWriteBulletins() throws Exception {
		this.mvc
			.perform(post("/bulletins").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
				.with(csrf())
				.param("title", "Sextortion alert")
				.param("body", "Be aware of a new scam."))
			.andExpect(status().isForbidden());
		verify(this.board, never()).draft(any(), any());
	}

}
