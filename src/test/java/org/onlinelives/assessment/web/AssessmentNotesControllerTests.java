package org.onlinelives.assessment.web;

import java.time.Clock;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.assessments.Assessment;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notes are added through a real assessment behind the mocked service, so its own limit
 * is the refusal shown.
 */
@AssessmentWebSlice
class AssessmentNotesControllerTests {

	private static final String NOTES = "/young-people/3/assessments/4/notes";

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentService assessments;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	private final Assessment assessment = spy(Assessment.start(1, 5, 3, 1, 1, null, 1, Clock.systemUTC()));

	@BeforeEach
	void aRealAssessmentBehindTheService() {
		doReturn(4L).when(this.assessment).getId();
		doReturn(0L).when(this.assessment).getVersion();
		given(this.assessments.find(any(), eq(3L), eq(4L))).willReturn(this.assessment);
		given(this.assessments.view(any(), eq(3L), eq(4L), any())).willReturn(this.assessment);
		given(this.assessments.addNote(any(), eq(3L), eq(4L), any())).willAnswer((call) -> {
			this.assessment.addNote(call.getArgument(3), 1L, "Test Person", Clock.systemUTC());
			return this.assessment;
		});
	}

	@Test
	void aNoteIsAddedAsTyped() throws Exception {
		this.mvc
			.perform(post(NOTES).with(SignedIn.as(this.practitioner))
				.with(csrf())
				.param("text", "Spoke to school about the group chat."))
			.andExpect(redirectedUrl(NOTES))
			.andExpect(flash().attribute("success", "note.added"));
		assertThat(this.assessment.notes()).singleElement()
			.satisfies((note) -> assertThat(note.noteText()).isEqualTo("Spoke to school about the group chat."));
	}

	@Test
	void aNoteOverTheLimitIsShownBesideTheBoxWithTheTextKept() throws Exception {
		String typed = "n".repeat(2001);
		Document page = Pages
			.parse(this.mvc.perform(post(NOTES).with(SignedIn.as(this.practitioner)).with(csrf()).param("text", typed))
				.andExpect(status().isOk()));
		Pages.assertFieldError(page, "text", "A note must be 2,000 characters or fewer");
		assertThat(page.getElementById("text").text()).isEqualTo(typed);
		assertThat(this.assessment.notes()).isEmpty();
	}

	@Test
	void anythingPostedAsAnAttachmentIsRefusedWithTheReason() throws Exception {
		Document page = Pages.parse(this.mvc
			.perform(
					post("/young-people/3/assessments/4/attachments").with(SignedIn.as(this.practitioner)).with(csrf()))
			.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Indecent images of children must never be stored in case records");
		assertThat(page.getElementById("file-error")).isNotNull();
		verify(this.assessments, never()).addNote(any(), anyLong(), anyLong(), anyString());
	}

	@Test
	void aNoteWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post(NOTES).with(SignedIn.as(this.practitioner)).param("text", "A note"))
			.andExpect(status().isForbidden());
		verify(this.assessments, never()).addNote(any(), anyLong(), anyLong(), any());
	}

	@Test
	void analystsCannotReadOrWriteCaseNotes() throws Exception {
		User analyst = People.person(1L, null, Role.ANALYST);
		this.mvc.perform(post(NOTES).with(SignedIn.as(analyst)).with(csrf()).param("text", "A note"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(NOTES).with(SignedIn.as(analyst))).andExpect(status().isForbidden());
		verify(this.assessments, never()).addNote(any(), anyLong(), anyLong(), any());
		verify(this.assessments, never()).view(any(), anyLong(), anyLong(), any());
	}

}
