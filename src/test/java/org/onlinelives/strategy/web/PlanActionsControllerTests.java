package org.onlinelives.strategy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.Recommendation;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.strategy.plan.StrategyRuleException;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
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
class PlanActionsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnershipPlan plan;

	@BeforeEach
	void thePartnership() {
		given(this.plan.agencyNames(1L)).willReturn(Map.of(2L, "Riverside Academy"));
		given(this.plan.adopted(1L)).willReturn(Set.of(Recommendation.R6));
		given(this.plan.action(any(), eq(4L))).willReturn(action(4L, "Parents' evenings on sextortion"));
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String day) {
		return request.param("priority", "RAISING_AWARENESS")
			.param("title", title)
			.param("description", "")
			.param("ownerAgencyId", "2")
			.param("leadUserId", "")
			.param("dueDay", day)
			.param("dueMonth", "3")
			.param("dueYear", "2027")
			.param("recommendations", "R6");
	}

	@Test
	void aValidActionIsAddedWithTheTypedDetails() throws Exception {
		given(this.plan.create(any(), any(), any())).willReturn(action(9L, "Training for designated leads"));
		this.mvc
			.perform(form(post("/plan/actions"), "Training for designated leads", "31").with(SignedIn.as(admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/plan/actions/9"))
			.andExpect(flash().attribute("success", "strategy.action.added"));
		verify(this.plan).create(any(), eq(new PlanAction.Details(StrategicPriority.RAISING_AWARENESS,
				"Training for designated leads", "", 2L, null, LocalDate.of(2027, 3, 31), List.of(Recommendation.R6))),
				isNull());
	}

	@Test
	void unreadableChoicesAndMissingTitleAreShownInFieldOrder() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/plan/actions").with(SignedIn.as(admin()))
						.with(csrf())
						.param("priority", "WORLD_PEACE")
						.param("title", "")
						.param("ownerAgencyId", "riverside")
						.param("leadUserId", "")
						.param("dueDay", "31")
						.param("dueMonth", "2")
						.param("dueYear", "2027")
						.param("recommendations", "R99"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "priority", "Choose the strategic priority the action serves");
		Pages.assertFieldError(page, "title", "Enter what the action is");
		Pages.assertFieldError(page, "ownerAgencyId", "Choose an agency from the list");
		assertThat(page.select(".govuk-error-summary").text()).contains("The due date must be a real date")
			.contains("Choose recommendations from the list");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).startsWith("#priority", "#title",
				"#ownerAgencyId");
		verify(this.plan, never()).create(any(), any(), any());
	}

	@Test
	void anOversizedTitleIsShownBesideTheField() throws Exception {
		Document page = Pages.parse(this.mvc
			.perform(form(post("/plan/actions"), "t".repeat(PlanAction.MAX_TITLE + 1), "31").with(SignedIn.as(admin()))
				.with(csrf()))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "title", "The action must be 200 characters or fewer");
		verify(this.plan, never()).create(any(), any(), any());
	}

	@Test
	void aRefusalFromThePlanIsShownBesideTheFieldItNames() throws Exception {
		given(this.plan.create(any(), any(), any()))
			.willThrow(new StrategyRuleException("recommendations", "strategy.action.recommendations.notAdopted"));
		Document page = Pages.parse(
				this.mvc.perform(form(post("/plan/actions"), "Training", "31").with(SignedIn.as(admin())).with(csrf()))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Choose only recommendations the partnership has adopted");
	}

	@Test
	void addingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(form(post("/plan/actions"), "Training", "31").with(SignedIn.as(admin())))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).create(any(), any(), any());
	}

	@Test
	void agencyLeadsCannotAddPlanActions() throws Exception {
		this.mvc.perform(form(post("/plan/actions"), "Training", "31").with(SignedIn.as(lead())).with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).create(any(), any(), any());
	}

	@Test
	void aNewActionForAnEscalationStartsFromTheAgencysWords() throws Exception {
		given(this.plan.escalation(any(), eq(6L))).willReturn(escalation(6L, null));
		Document page = Pages
			.parse(this.mvc.perform(get("/plan/actions/new").param("escalation", "6").with(SignedIn.as(admin())))
				.andExpect(status().isOk()));
		assertThat(page.getElementById("title").val()).isEqualTo("Train staff on sextortion");
		assertThat(page.getElementById("from-escalation").text()).contains("Riverside Academy");
	}

	@Test
	void anEscalationAlreadyPlacedGoesToItsAction() throws Exception {
		given(this.plan.escalation(any(), eq(6L))).willReturn(escalation(6L, 4L));
		this.mvc.perform(get("/plan/actions/new").param("escalation", "6").with(SignedIn.as(admin())))
			.andExpect(redirectedUrl("/plan/actions/4"));
	}

	@Test
	void anUnreadableEscalationIdIsIgnoredNotAServerError() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get("/plan/actions/new").param("escalation", "six").with(SignedIn.as(admin())))
				.andExpect(status().isOk()));
		assertThat(page.getElementById("from-escalation")).isNull();
		verify(this.plan, never()).escalation(any(), anyLong());
	}

	@Test
	void aChangeIsSavedAgainstTheVersionSeen() throws Exception {
		this.mvc
			.perform(form(post("/plan/actions/4/edit"), "Parents' evenings", "30").with(SignedIn.as(admin()))
				.with(csrf())
				.param("version", "2"))
			.andExpect(redirectedUrl("/plan/actions/4"))
			.andExpect(flash().attribute("success", "strategy.action.changed"));
		verify(this.plan).change(any(), eq(4L), eq(new PlanAction.Details(StrategicPriority.RAISING_AWARENESS,
				"Parents' evenings", "", 2L, null, LocalDate.of(2027, 3, 30), List.of(Recommendation.R6))), eq(2L));
	}

	@Test
	void aChangeWithAnImpossibleDateIsShownNotSaved() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(form(post("/plan/actions/4/edit"), "Parents' evenings", "32").with(SignedIn.as(admin()))
						.with(csrf())
						.param("version", "2"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#dueDay]").text())
			.isEqualTo("The due date must be a real date");
		verify(this.plan, never()).change(any(), anyLong(), any(), any());
	}

	@Test
	void aChangeRefusedByThePlanIsShownNotAServerError() throws Exception {
		willThrow(new StrategyRuleException("title", "strategy.action.title.required")).given(this.plan)
			.change(any(), eq(4L), any(), any());
		Document page = Pages.parse(
				this.mvc
					.perform(form(post("/plan/actions/4/edit"), "Parents' evenings", "30").with(SignedIn.as(admin()))
						.with(csrf())
						.param("version", "1"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "title", "Enter what the action is");
	}

	@Test
	void aNonNumericActionIdIsNotAServerError() throws Exception {
		int status = this.mvc.perform(get("/plan/actions/four/edit").with(SignedIn.as(admin())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a non-numeric id is not found").isEqualTo(404);
	}

}
