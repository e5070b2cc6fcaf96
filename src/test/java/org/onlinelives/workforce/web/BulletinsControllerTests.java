package org.onlinelives.workforce.web;

import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.workforce.bulletins.BulletinBoard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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

@WorkforceWebSlice
class BulletinsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BulletinBoard board;

	@Test
	void aReaderAcknowledgesTheBulletinTheyRead() throws Exception {
		this.mvc
			.perform(post("/bulletins/7/acknowledgement").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
				.with(csrf()))
			.andExpect(redirectedUrl("/bulletins/7"))
			.andExpect(flash().attribute("success", "bulletin.acknowledged"));
		verify(this.board).acknowledge(any(), eq(7L));
	}

	@Test
	void anAcknowledgementWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/bulletins/7/acknowledgement").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		verify(this.board, never()).acknowledge(any(), anyLong());
	}

	@Test
	void anIdThatIsNotANumberNamesNoBulletin() throws Exception {
		this.mvc
			.perform(
					post("/bulletins/seven/acknowledgement").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
						.with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.board, never()).acknowledge(any(), anyLong());
	}

	@Test
	void aBulletinNotForTheReaderIsNotFoundRatherThanAServerError() throws Exception {
		willThrow(new RecordNotFoundException("bulletin", 7L)).given(this.board).acknowledge(any(), eq(7L));
		this.mvc
			.perform(post("/bulletins/7/acknowledgement").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void practitionersCannotSeeEachAgencysAcknowledgementRate() throws Exception {
		this.mvc
			.perform(get("/bulletins/7/acknowledgements").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		verify(this.board, never()).rates(any(), anyLong());
	}

}
