package org.onlinelives.assessment.web;

import java.time.Clock;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.assessments.TenCEntry;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment's steps show the assessment's own refusals beside the field they are
 * about: the service here saves to a real {@link Assessment}, so the rule that refuses is
 * the aggregate's, and the page only translates it.
 */
@AssessmentWebSlice
class AssessmentStepsControllerTests {

	private static final String STEP = "/young-people/3/assessments/4/";

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentService assessments;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	private final Assessment assessment = spy(Assessment.start(1, 5, 3, 1, 1, null, 1, Clock.systemUTC()));

	@BeforeEach
	void aRealAssessmentBehindTheService() {
		// as saved: an id and a version, everything else the aggregate's own
		doReturn(4L).when(this.assessment).getId();
		doReturn(0L).when(this.assessment).getVersion();
		given(this.assessments.find(any(), eq(3L), eq(4L))).willReturn(this.assessment);
		given(this.assessments.saveOfflineContext(any(), anyLong(), anyLong(), any(), any(), any()))
			.willAnswer((call) -> {
				this.assessment.recordOfflineContext(call.getArgument(4), call.getArgument(5));
				return this.assessment;
			});
		given(this.assessments.saveScenarios(any(), anyLong(), anyLong(), any(), any(), any(), any(), any()))
			.willAnswer((call) -> {
				this.assessment.recordScenarios(call.getArgument(4), call.getArgument(5), call.getArgument(6));
				return this.assessment;
			});
		given(this.assessments.saveTenC(any(), anyLong(), anyLong(), any(), any(), any())).willAnswer((call) -> {
			this.assessment.recordTenC(call.getArgument(4), call.getArgument(5));
			return this.assessment;
		});
	}

	@Test
	void offlineNotesOverTheLimitAreShownBesideTheNotesWithTheTextKept() throws Exception {
		String typed = "n".repeat(2001);
		Document page = Pages.parse(
				this.mvc
					.perform(post(STEP + "offline").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("adversities", "NEGLECT")
						.param("notes", typed))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "notes", "Notes about offline context must be 2,000 characters or fewer");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		assertThat(page.getElementById("notes").text()).isEqualTo(typed);
		assertThat(this.assessment.getOfflineNotes()).isNull();
	}

	@Test
	void imageSharingAnswersWithoutTheScenarioAreShownBesideTheFirstQuestion() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post(STEP + "scenarios").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("scenarios", "CONTENT_HATE_SITES")
						.param("whyShared", "SHARED_FOR_FUN"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "whyShared", "Select \"Shared a nude or intimate picture of themselves\" "
				+ "to answer the questions about sharing a picture, or clear those answers");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		assertThat(page.select("input[name=whyShared][value=SHARED_FOR_FUN]").attr("checked")).isEqualTo("checked");
		assertThat(page.select("input[name=scenarios][value=CONTENT_HATE_SITES]").attr("checked")).isEqualTo("checked");
		assertThat(this.assessment.scenarioCodes()).isEmpty();
	}

	@Test
	void eachTenCsAnswerOverTheLimitIsShownBesideItsOwnField() throws Exception {
		String over = "t".repeat(2001);
		Document page = Pages.parse(
				this.mvc
					.perform(post(STEP + "ten-cs/CONTENT").with(SignedIn.as(this.practitioner))
						.with(csrf())
						.param("strengths", over)
						.param("vulnerabilities", "Fine")
						.param("rating", "3")
						.param("parentView", over))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "strengths", "Answer must be 2,000 characters or fewer");
		Pages.assertFieldError(page, "parentView", "Answer must be 2,000 characters or fewer");
		assertThat(page.select(".govuk-error-summary li")).hasSize(2);
		assertThat(page.getElementById("vulnerabilities").text()).isEqualTo("Fine");
		assertThat(page.getElementById("parentView").text()).isEqualTo(over);
		assertThat(this.assessment.tenC("CONTENT")).isNull();
	}

	@Test
	void answersWithinTheRulesAreSavedAndTheNextStepFollows() throws Exception {
		this.mvc
			.perform(post(STEP + "ten-cs/CONTENT").with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("strengths", "s".repeat(2000))
				.param("rating", "3"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.assessment.tenC("CONTENT")).isEqualTo(new TenCEntry("s".repeat(2000), null, 3, null, null));
	}

	@Test
	void aStepPostedWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post(STEP + "offline").with(SignedIn.as(this.practitioner)).param("notes", "Some notes"))
			.andExpect(status().isForbidden());
		verify(this.assessments, never()).saveOfflineContext(any(), anyLong(), anyLong(), any(), any(),
				eq("Some notes"));
		assertThat(this.assessment.getOfflineNotes()).isNull();
	}

}
