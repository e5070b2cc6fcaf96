package org.onlinelives.workforce.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingRuleException;
import org.onlinelives.workforce.training.TrainingSuggestion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WorkforceWebSlice
class SuggestionsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Training training;

	@Test
	void aSuggestionIsSentWithTheTypedTopic() throws Exception {
		this.mvc
			.perform(post("/training/suggestions").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
				.with(csrf())
				.param("topic", "Sextortion on gaming platforms"))
			.andExpect(redirectedUrl("/training"));
		verify(this.training).suggest(any(), eq("Sextortion on gaming platforms"));
	}

	@Test
	void aTopicTheRulesRefuseIsShownBesideTheField() throws Exception {
		given(this.training.suggest(any(), any()))
			.willThrow(new TrainingRuleException("topic", "training.suggestion.topic.required"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/training/suggestions").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
						.with(csrf())
						.param("topic", "  "))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "topic", "Enter what training should cover");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/training/suggestions").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
				.param("topic", "Sextortion on gaming platforms"))
			.andExpect(status().isForbidden());
		verify(this.training, never()).suggest(any(), any());
	}

	@Test
	void onlyAdministratorsDecideOnSuggestions() throws Exception {
		this.mvc
			.perform(post("/training/suggestions/3").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
				.with(csrf())
				.param("status", "ADOPTED")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		verify(this.training, never()).review(any(), anyLong(), any(), any(), any());
		this.mvc
			.perform(post("/training/suggestions/3").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("status", "ADOPTED")
				.param("reviewNote", "In next term's course")
				.param("version", "0"))
			.andExpect(redirectedUrl("/training/suggestions"));
		verify(this.training).review(any(), eq(3L), eq(TrainingSuggestion.Status.ADOPTED), eq("In next term's course"),
				eq(0L));
	}

}
