package org.onlinelives.strategy.web;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.PartnershipPlan.RecommendationRow;
import org.onlinelives.strategy.plan.Recommendation;
import org.onlinelives.strategy.plan.StrategyRuleException;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.strategy.web.StrategySliceFixtures.action;
import static org.onlinelives.strategy.web.StrategySliceFixtures.admin;
import static org.onlinelives.strategy.web.StrategySliceFixtures.analyst;
import static org.onlinelives.strategy.web.StrategySliceFixtures.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StrategyWebSlice
class RecommendationsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnershipPlan plan;

	@BeforeEach
	void theCatalogue() {
		given(this.plan.recommendations(any())).willReturn(List.of(
				new RecommendationRow(Recommendation.R6, true, Instant.parse("2026-11-28T10:00:00Z"),
						"Through the regional offer", List.of(action(4L, "Courses for designated leads"))),
				new RecommendationRow(Recommendation.R5, false, null, null, List.of())));
	}

	@Test
	void everyRecommendationIsListedWithItsAdoptionAndActions() throws Exception {
		Document page = Pages.parse(
				this.mvc.perform(get("/plan/recommendations").with(SignedIn.as(analyst()))).andExpect(status().isOk()));
		assertThat(page.getElementById("R6").text()).contains("Planned online safety training")
			.contains("Through the regional offer")
			.contains("Courses for designated leads");
		assertThat(page.getElementById("R5").text()).contains("A timetable for sharing data");
	}

	@Test
	void practitionersCannotSeeTheRecommendations() throws Exception {
		this.mvc.perform(get("/plan/recommendations").with(SignedIn.as(practitioner())))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).recommendations(any());
	}

	@Test
	void aRecommendationIsAdoptedWithItsNote() throws Exception {
		this.mvc
			.perform(post("/plan/recommendations/R5").with(SignedIn.as(admin()))
				.with(csrf())
				.param("decision", "ADOPT")
				.param("note", "Quarterly with the police"))
			.andExpect(redirectedUrl("/plan/recommendations#R5"))
			.andExpect(flash().attribute("success", "strategy.recommendation.adopted"));
		verify(this.plan).adopt(any(), eq(Recommendation.R5), eq("Quarterly with the police"));
	}

	@Test
	void aRecommendationIsWithdrawn() throws Exception {
		this.mvc.perform(
				post("/plan/recommendations/R6").with(SignedIn.as(admin())).with(csrf()).param("decision", "WITHDRAW"))
			.andExpect(redirectedUrl("/plan/recommendations#R6"))
			.andExpect(flash().attribute("success", "strategy.recommendation.withdrawn"));
		verify(this.plan).withdraw(any(), eq(Recommendation.R6));
	}

	@Test
	void anOversizedNoteIsShownBesideItsRecommendationWithWhatWasTyped() throws Exception {
		String note = "n".repeat(PartnershipPlan.MAX_ADOPTION_NOTE + 1);
		willThrow(new StrategyRuleException("note", "strategy.recommendation.note.tooLong")).given(this.plan)
			.adopt(any(), eq(Recommendation.R5), eq(note));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/plan/recommendations/R5").with(SignedIn.as(admin()))
						.with(csrf())
						.param("decision", "ADOPT")
						.param("note", note))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#R5]").text())
			.isEqualTo("The note must be 1,000 characters or fewer");
		assertThat(page.getElementById("R5-error").text()).contains("The note must be 1,000 characters or fewer");
		assertThat(page.getElementById("R5-note").text()).isEqualTo(note);
	}

	@Test
	void aCodeNotInTheCatalogueIsNotFound() throws Exception {
		this.mvc.perform(
				post("/plan/recommendations/R99").with(SignedIn.as(admin())).with(csrf()).param("decision", "ADOPT"))
			.andExpect(status().isNotFound());
		verify(this.plan, never()).adopt(any(), any(), any());
	}

	@Test
	void decidingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/plan/recommendations/R5").with(SignedIn.as(admin())).param("decision", "ADOPT"))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).adopt(any(), any(), any());
	}

	@Test
	void analystsCannotAdoptRecommendations() throws Exception {
		this.mvc.perform(
				post("/plan/recommendations/R5").with(SignedIn.as(analyst())).with(csrf()).param("decision", "ADOPT"))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).adopt(any(), any(), any());
	}

}
