package org.onlinelives.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.youngpeople.CaseOutcome;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outcome page shows the young person's record's own refusal (an outcome dated in the
 * future) beside the date: the service here records on a real {@link YoungPerson}.
 */
@AssessmentWebSlice
class CaseOutcomeControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	YoungPeopleService youngPeople;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	private final YoungPerson person = spy(YoungPerson.record(1, 5, new YoungPersonDetails("RA-1", null, 14,
			Gender.NOT_KNOWN, true, List.of(), ReferralSource.SELF, Set.of(1L)), Clock.systemUTC()));

	@BeforeEach
	void aRealRecordBehindTheService() {
		doReturn(31L).when(this.person).getId();
		doReturn(0L).when(this.person).getVersion();
		given(this.youngPeople.find(any(), eq(31L))).willReturn(this.person);
		given(this.youngPeople.recordOutcome(any(), eq(31L), any(), any(), anyBoolean(), any())).willAnswer((call) -> {
			this.person.recordOutcome(call.getArgument(2), call.getArgument(3), call.getArgument(4), Clock.systemUTC());
			return this.person;
		});
	}

	@Test
	void anOutcomeDatedInTheFutureIsShownBesideTheDateWithWhatWasTyped() throws Exception {
		LocalDate tomorrow = LocalDate.now().plusDays(2);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/young-people/31/outcome").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("outcome", CaseOutcome.values()[0].name())
						.param("outcomeDay", String.valueOf(tomorrow.getDayOfMonth()))
						.param("outcomeMonth", String.valueOf(tomorrow.getMonthValue()))
						.param("outcomeYear", String.valueOf(tomorrow.getYear()))
						.param("onlineComponent", "true")
						.param("version", "0"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "outcomeDay", "The date of the outcome must be today or in the past");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		assertThat(page.getElementById("outcomeYear").val()).isEqualTo(String.valueOf(tomorrow.getYear()));
		assertThat(this.person.getOutcome()).isNull();
	}

	@Test
	void anOutcomeDatedTodayIsRecorded() throws Exception {
		LocalDate today = LocalDate.now();
		this.mvc
			.perform(post("/young-people/31/outcome").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("outcome", CaseOutcome.values()[0].name())
				.param("outcomeDay", String.valueOf(today.getDayOfMonth()))
				.param("outcomeMonth", String.valueOf(today.getMonthValue()))
				.param("outcomeYear", String.valueOf(today.getYear()))
				.param("onlineComponent", "false")
				.param("version", "0"))
			.andExpect(redirectedUrl("/young-people/31"));
		assertThat(this.person.getOutcome()).isEqualTo(CaseOutcome.values()[0]);
	}

	@Test
	void anOutcomePostedWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/young-people/31/outcome").with(SignedIn.as(this.practitioner))
				.param("outcome", CaseOutcome.values()[0].name()))
			.andExpect(status().isForbidden());
		verify(this.youngPeople, never()).recordOutcome(any(), eq(31L), any(), any(), anyBoolean(), any());
	}

}
