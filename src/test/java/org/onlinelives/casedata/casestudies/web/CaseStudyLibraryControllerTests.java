package org.onlinelives.casedata.casestudies.web;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.casestudies.CaseStudyLibrary;
import org.onlinelives.casedata.web.CaseDataWebSlice;
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

@CaseDataWebSlice
class CaseStudyLibraryControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseStudyLibrary library;

	@Autowired
	CaseDataQuery titles;

	private final User analyst = People.person(1L, null, Role.ANALYST);

	@BeforeEach
	void scenarios() {
		given(this.library.scenariosInUse(any())).willReturn(List.of("SEXTORTION"));
		given(this.titles.title("SEXTORTION")).willReturn("Sextortion");
	}

	@Test
	void theChosenFiltersSearchTheLibraryAndTheStudiesAreListed() throws Exception {
		given(this.library.search(any(), eq(new CaseStudyLibrary.Search("CONTACT", "SEXTORTION", null, "gaming"))))
			.willReturn(List.of(new CaseStudyLibrary.Entry(17L, "Sextortion after a gaming contact", "13-15",
					List.of("CONTACT"), List.of("SEXTORTION"), Instant.EPOCH)));
		Document page = Pages.parse(
				this.mvc
					.perform(get("/case-studies").with(SignedIn.as(this.analyst))
						.param("c", "CONTACT")
						.param("scenario", "SEXTORTION")
						.param("q", "gaming"))
					.andExpect(status().isOk()));
		assertThat(page.text()).contains("Sextortion after a gaming contact");
		assertThat(page.select(".govuk-error-summary")).isEmpty();
	}

	@Test
	void choicesNotOnTheListsAndOversizedWordsAreShownAndNothingIsSearched() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(get("/case-studies").with(SignedIn.as(this.analyst))
						.param("c", "CHAOS")
						.param("scenario", "UNKNOWN")
						.param("ageBand", "99-100")
						.param("q", "w".repeat(201)))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "q", "Words to look for must be 200 characters or fewer");
		Pages.assertFieldError(page, "c", "Select a C from the list");
		Pages.assertFieldError(page, "scenario", "Select a scenario from the list");
		Pages.assertFieldError(page, "ageBand", "Select an age band from the list");
		verify(this.library, never()).search(any(), any());
	}

	@Test
	void theLibraryIsForPeopleSignedIn() throws Exception {
		this.mvc.perform(get("/case-studies")).andExpect(redirectedUrl("/sign-in"));
		verify(this.library, never()).search(any(), any());
	}

}
