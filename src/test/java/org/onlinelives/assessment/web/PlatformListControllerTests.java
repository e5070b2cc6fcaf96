package org.onlinelives.assessment.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.InvalidAnswerException;
import org.onlinelives.assessment.platformlist.PlatformList;
import org.onlinelives.assessment.platformlist.PlatformMatching;
import org.onlinelives.assessment.platformlist.RecordedSpelling;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssessmentWebSlice
class PlatformListControllerTests {

	private final User admin = People.person(1L, null, Role.PARTNERSHIP_ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformList platformList;

	@BeforeEach
	void aListWithOneOtherSpelling() {
		given(this.platformList.names(anyLong())).willReturn(PlatformMatching.DEFAULTS);
		given(this.platformList.spellings(any())).willReturn(List.of(new RecordedSpelling("Snapchatt", 4, null)));
	}

	@Test
	void theListShowsTheNamesAndTheSpellingsToMerge() throws Exception {
		Document page = Pages
			.parse(this.mvc.perform(get("/admin/platforms").with(SignedIn.as(this.admin))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Platforms and apps");
		assertThat(page.select("table").first().text()).contains("Snapchat", "X (Twitter)", "Dating apps");
		assertThat(page.select("a[href='/admin/platforms/merge?variant=Snapchatt']")).hasSize(1);
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void aNewPlatformIsAddedAndTheListShownAgain() throws Exception {
		this.mvc.perform(post("/admin/platforms").with(SignedIn.as(this.admin)).with(csrf()).param("name", "Yubo"))
			.andExpect(redirectedUrl("/admin/platforms"))
			.andExpect(flash().attribute("success", "platformList.added"));
		verify(this.platformList).add(any(), eq("Yubo"));
	}

	@Test
	void aRefusedNameIsShownBesideTheFieldWithWhatWasTyped() throws Exception {
		willThrow(new InvalidAnswerException("name", "platformList.name.taken")).given(this.platformList)
			.add(any(), eq("snap chat"));
		Document page = Pages.parse(this.mvc
			.perform(post("/admin/platforms").with(SignedIn.as(this.admin)).with(csrf()).param("name", "snap chat"))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "name",
				"That platform is already on the list, or is a spelling merged into one on the list");
		assertThat(page.getElementById("name").val()).isEqualTo("snap chat");
	}

	@Test
	void theMergeFormOffersRecordedSpellingsAndListNames() throws Exception {
		Document page = Pages.parse(this.mvc
			.perform(get("/admin/platforms/merge").param("variant", "Snapchatt").with(SignedIn.as(this.admin)))
			.andExpect(status().isOk()));
		assertThat(page.select("#variant option[selected]").attr("value")).isEqualTo("Snapchatt");
		assertThat(page.select("#variant option").eachAttr("value")).contains("Snapchatt", "Snapchat", "Roblox");
		assertThat(page.select("#canonical option").eachAttr("value")).contains("Snapchat").doesNotContain("Snapchatt");
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void aMergeChangesTheRecordsAndSaysHowMany() throws Exception {
		given(this.platformList.merge(any(), eq("Snapchatt"), eq("Snapchat"))).willReturn(4);
		this.mvc
			.perform(post("/admin/platforms/merge").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("variant", "Snapchatt")
				.param("canonical", "Snapchat"))
			.andExpect(redirectedUrl("/admin/platforms"))
			.andExpect(flash().attribute("merged", "Merged \"Snapchatt\" into Snapchat: 4 records changed"));
	}

	@Test
	void aMergeWithoutAPlatformIsShownBesideItsField() throws Exception {
		given(this.platformList.merge(any(), eq("Snapchatt"), eq("")))
			.willThrow(new InvalidAnswerException("canonical", "platformList.canonical.unknown"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/admin/platforms/merge").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("variant", "Snapchatt")
						.param("canonical", ""))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "canonical", "Choose a platform on the list");
		assertThat(page.select("#variant option[selected]").attr("value")).isEqualTo("Snapchatt");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/admin/platforms").with(SignedIn.as(this.admin)).param("name", "Yubo"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/platforms/merge").with(SignedIn.as(this.admin))
				.param("variant", "Snapchatt")
				.param("canonical", "Snapchat"))
			.andExpect(status().isForbidden());
		verify(this.platformList, never()).add(any(), any());
		verify(this.platformList, never()).merge(any(), any(), any());
	}

	@Test
	void onlyPartnershipAdministratorsManageTheList() throws Exception {
		for (Role role : List.of(Role.AGENCY_LEAD, Role.ANALYST, Role.PRACTITIONER)) {
			User user = People.person(1L, (role == Role.ANALYST) ? null : 5L, role);
			this.mvc.perform(get("/admin/platforms").with(SignedIn.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/platforms").with(SignedIn.as(user)).with(csrf()).param("name", "Yubo"))
				.andExpect(status().isForbidden());
		}
		verify(this.platformList, never()).add(any(), any());
	}

}
