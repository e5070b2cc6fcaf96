package org.onlinelives.families.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.directory.HelpRuleException;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.directory.EntryDetails;
import org.onlinelives.families.directory.EntryView;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FamiliesWebSlice
class DirectoryControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	void aValidEntryIsAddedWithTheTypedDetailsAndOwner() throws Exception {
		HelpEntry entry = mock(HelpEntry.class);
		given(entry.id()).willReturn(9L);
		EntryView added = mock(EntryView.class);
		given(added.entry()).willReturn(entry);
		given(this.directory.add(any(), any(), any())).willReturn(added);
		this.mvc
			.perform(post("/help-directory").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("name", "Riverside Youth Counselling")
				.param("kind", ServiceKind.values()[0].name())
				.param("description", "Free counselling for 11 to 18 year olds")
				.param("audiences", "YOUNG_PEOPLE", "PARENTS_AND_CARERS")
				.param("topics", "CONTACT")
				.param("reach", "LOCAL")
				.param("minAge", "11")
				.param("maxAge", "18")
				.param("reviewDay", "1")
				.param("reviewMonth", "9")
				.param("reviewYear", "2026")
				.param("owner", "owner@example.org"))
			.andExpect(redirectedUrl("/help-directory/9"));
		ArgumentCaptor<EntryDetails> details = ArgumentCaptor.forClass(EntryDetails.class);
		verify(this.directory).add(any(), details.capture(), eq("owner@example.org"));
		assertThat(details.getValue().name()).isEqualTo("Riverside Youth Counselling");
		assertThat(details.getValue().kind()).isEqualTo(ServiceKind.values()[0]);
		assertThat(details.getValue().audiences())
			.isEqualTo(Set.of(Audience.YOUNG_PEOPLE, Audience.PARENTS_AND_CARERS));
		assertThat(details.getValue().topics()).isEqualTo(Set.of(HelpTopic.CONTACT));
		assertThat(details.getValue().reach()).isEqualTo(Reach.LOCAL);
		assertThat(details.getValue().minAge()).isEqualTo(11);
		assertThat(details.getValue().maxAge()).isEqualTo(18);
		assertThat(details.getValue().reviewDate()).isEqualTo(LocalDate.of(2026, 9, 1));
	}

	@Test
	void unreadableValuesAndTheEntrysRulesAreShownBesideTheirFields() throws Exception {
		given(this.directory.problemsWith(any(), any(), any()))
			.willReturn(List.of(new HelpRuleException.Problem("name", "directory.name.required"),
					new HelpRuleException.Problem("kind", "directory.kind.required")));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/help-directory").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("name", "")
						.param("kind", "SPACESHIP")
						.param("reach", "GALACTIC")
						.param("minAge", "eleven")
						.param("owner", "owner@example.org"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "name", "Enter the name of the service");
		Pages.assertFieldError(page, "kind", "Select the kind of service");
		Pages.assertFieldError(page, "reach", "Select whether it is local or national");
		Pages.assertFieldError(page, "minAge", "Enter the age as a whole number, like 11");
		assertThat(page.select(".govuk-error-summary a[href=#kind]")).hasSize(1);
		assertThat(page.getElementById("minAge").val()).isEqualTo("eleven");
		verify(this.directory, never()).add(any(), any(), any());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/help-directory").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.param("name", "Riverside Youth Counselling")
				.param("owner", "owner@example.org"))
			.andExpect(status().isForbidden());
		verify(this.directory, never()).add(any(), any(), any());
	}

	@Test
	void agencyLeadsReadTheDirectoryButCannotAddToIt() throws Exception {
		this.mvc
			.perform(post("/help-directory").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
				.with(csrf())
				.param("name", "Riverside Youth Counselling")
				.param("owner", "owner@example.org"))
			.andExpect(status().isForbidden());
		verify(this.directory, never()).add(any(), any(), any());
	}

}
