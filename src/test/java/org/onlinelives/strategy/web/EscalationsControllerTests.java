package org.onlinelives.strategy.web;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.StrategyRuleException;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.strategy.web.StrategySliceFixtures.action;
import static org.onlinelives.strategy.web.StrategySliceFixtures.admin;
import static org.onlinelives.strategy.web.StrategySliceFixtures.escalation;
import static org.onlinelives.strategy.web.StrategySliceFixtures.lead;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StrategyWebSlice
class EscalationsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnershipPlan plan;

	@BeforeEach
	void oneEscalationWaiting() {
		given(this.plan.agencyNames(1L)).willReturn(Map.of(2L, "Riverside Academy"));
		given(this.plan.waiting(any())).willReturn(List.of(escalation(6L, null)));
		given(this.plan.actions(any())).willReturn(List.of(action(4L, "Parents' evenings on sextortion")));
	}

	@Test
	void theWaitingEscalationsAreListedWithThePlansActions() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get("/plan/escalations").with(SignedIn.as(admin()))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Escalated audit actions");
		assertThat(page.getElementById("escalation-6").text()).contains("Riverside Academy: 1.2")
			.contains("Train staff on sextortion")
			.contains("Needs training across agencies");
		assertThat(page.select("#planActionId-6 option[value=4]").text()).isEqualTo("Parents' evenings on sextortion");
	}

	@Test
	void agencyLeadsCannotSeeTheEscalations() throws Exception {
		this.mvc.perform(get("/plan/escalations").with(SignedIn.as(lead()))).andExpect(status().isForbidden());
		verify(this.plan, never()).waiting(any());
	}

	@Test
	void anEscalationIsPlacedUnderTheChosenAction() throws Exception {
		this.mvc
			.perform(post("/plan/escalations/6").with(SignedIn.as(admin()))
				.with(csrf())
				.param("planActionId", "4")
				.param("version", "0"))
			.andExpect(redirectedUrl("/plan/escalations"))
			.andExpect(flash().attribute("success", "strategy.escalation.placed"));
		verify(this.plan).place(any(), eq(6L), eq(4L), eq(0L));
	}

	@Test
	void noChosenActionIsShownBesideTheEscalation() throws Exception {
		willThrow(new StrategyRuleException("planActionId", "strategy.escalation.action.required")).given(this.plan)
			.place(any(), eq(6L), isNull(), eq(0L));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/plan/escalations/6").with(SignedIn.as(admin()))
						.with(csrf())
						.param("planActionId", "not a number")
						.param("version", "0"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#planActionId-6]").text())
			.isEqualTo("Choose an action of the plan");
		assertThat(page.getElementById("planActionId-6-error").text()).contains("Choose an action of the plan");
	}

	@Test
	void placingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/plan/escalations/6").with(SignedIn.as(admin())).param("planActionId", "4"))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).place(any(), anyLong(), any(), any());
	}

	@Test
	void agencyLeadsCannotPlaceEscalations() throws Exception {
		this.mvc.perform(post("/plan/escalations/6").with(SignedIn.as(lead())).with(csrf()).param("planActionId", "4"))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).place(any(), anyLong(), any(), any());
	}

	@Test
	void aNonNumericEscalationIdIsNotAServerError() throws Exception {
		int status = this.mvc
			.perform(post("/plan/escalations/six").with(SignedIn.as(admin())).with(csrf()).param("planActionId", "4"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a non-numeric id is not found").isEqualTo(404);
		verify(this.plan, never()).place(any(), anyLong(), any(), any());
	}

}
