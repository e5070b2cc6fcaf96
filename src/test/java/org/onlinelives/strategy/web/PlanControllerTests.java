package org.onlinelives.strategy.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.plan.PlanAction;
import org.onlinelives.strategy.plan.PlanStatus;
import org.onlinelives.strategy.plan.Rag;
import org.onlinelives.strategy.plan.StrategicPriority;
import org.onlinelives.strategy.plan.StrategyRuleException;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StrategyWebSlice
class PlanControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnershipPlan plan;

	@BeforeEach
	void anAction() {
		PlanAction action = PlanAction.create(1L,
				new PlanAction.Details(StrategicPriority.RAISING_AWARENESS, "Parents' evenings on sextortion",
						"Run an evening in each secondary school", null, null, LocalDate.of(2026, 7, 31), List.of()),
				1L, Instant.EPOCH);
		ReflectionTestUtils.setField(action, "id", 4L);
		ReflectionTestUtils.setField(action, "version", 2L);
		given(this.plan.action(any(), eq(4L))).willReturn(action);
		given(this.plan.today()).willReturn(LocalDate.of(2026, 5, 1));
	}

	@Test
	void progressIsRecordedWithTheTypedNoteStatusAndRating() throws Exception {
		this.mvc
			.perform(post("/plan/actions/4/progress").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("note", "Two schools booked")
				.param("status", "IN_PROGRESS")
				.param("rag", "AMBER")
				.param("version", "2"))
			.andExpect(redirectedUrl("/plan/actions/4"));
		verify(this.plan).recordProgress(any(), eq(4L), eq("Two schools booked"), eq(PlanStatus.IN_PROGRESS),
				eq(Rag.AMBER), eq(2L));
	}

	@Test
	void anUnknownStatusAndAShownOnlyRatingAreRefusedBesideTheirFields() throws Exception {
		Document page = Pages.parse(this.mvc
			.perform(post("/plan/actions/4/progress").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("note", "Two schools booked")
				.param("status", "ABANDONED")
				.param("rag", "COMPLETE")
				.param("version", "2"))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "status", "Choose the action's status");
		Pages.assertFieldError(page, "rag", "Choose red, amber or green");
		assertThat(page.getElementById("note").text()).isEqualTo("Two schools booked");
		Pages.assertLabelledAndUnique(page);
		verify(this.plan, never()).recordProgress(any(), anyLong(), any(), any(), any(), any());
	}

	@Test
	void aNoteThePlanRefusesIsShownBesideIt() throws Exception {
		willThrow(new StrategyRuleException("note", "strategy.progress.note.required")).given(this.plan)
			.recordProgress(any(), anyLong(), any(), any(), any(), any());
		Document page = Pages.parse(this.mvc
			.perform(post("/plan/actions/4/progress").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("note", "")
				.param("status", "IN_PROGRESS")
				.param("rag", "GREEN")
				.param("version", "2"))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "note", "Enter what has happened");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		assertThat(page.select("input[name=status][checked]").val()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/plan/actions/4/progress").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.param("note", "Two schools booked")
				.param("status", "IN_PROGRESS")
				.param("rag", "AMBER"))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).recordProgress(any(), anyLong(), any(), any(), any(), any());
	}

	@Test
	void analystsReadThePlanButCannotRecordProgress() throws Exception {
		this.mvc
			.perform(post("/plan/actions/4/progress").with(SignedIn.as(People.person(1L, null, Role.ANALYST)))
				.with(csrf())
				.param("note", "Two schools booked")
				.param("status", "IN_PROGRESS")
				.param("rag", "AMBER"))
			.andExpect(status().isForbidden());
		verify(this.plan, never()).recordProgress(any(), anyLong(), any(), any(), any(), any());
	}

}
