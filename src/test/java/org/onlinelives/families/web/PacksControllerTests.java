package org.onlinelives.families.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.directory.HelpRuleException;
import org.onlinelives.families.packs.AdvicePack;
import org.onlinelives.families.packs.PackDetails;
import org.onlinelives.families.packs.PackView;
import org.onlinelives.families.packs.Packs;
import org.onlinelives.families.packs.PublicPack;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FamiliesWebSlice
class PacksControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Packs packs;

	@Autowired
	PdfRenderer pdf;

	private final User admin = People.person(1L, null, Role.PARTNERSHIP_ADMIN);

	private HelpEntry entry(long id, String name) {
		HelpEntry entry = mock(HelpEntry.class);
		given(entry.id()).willReturn(id);
		given(entry.name()).willReturn(name);
		return entry;
	}

	private PackView existing() {
		AdvicePack pack = mock(AdvicePack.class);
		given(pack.getId()).willReturn(7L);
		given(pack.getTitle()).willReturn("Sharing pictures");
		given(pack.getAdvice()).willReturn("Talk about it.");
		given(pack.getPublicSlug()).willReturn("sharing-pictures-abc123");
		given(pack.getVersion()).willReturn(2L);
		given(pack.entryIds()).willReturn(List.of(3L));
		PackView view = new PackView(pack, List.of(), List.of());
		given(this.packs.find(any(), eq(7L))).willReturn(view);
		List<HelpEntry> choices = List.of(entry(3L, "Childline"), entry(4L, "Riverside Youth"));
		given(this.packs.choices(any())).willReturn(choices);
		return view;
	}

	@Test
	void aValidPackIsAssembledFromTheTypedDetailsAndTickedEntries() throws Exception {
		AdvicePack added = mock(AdvicePack.class);
		given(added.getId()).willReturn(12L);
		given(this.packs.add(any(), any())).willReturn(added);
		this.mvc
			.perform(post("/help-directory/packs").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("title", "Sharing pictures")
				.param("intro", "For parents")
				.param("advice", "Talk about it.")
				.param("entryIds", "3", "4"))
			.andExpect(redirectedUrl("/help-directory/packs/12"))
			.andExpect(flash().attribute("success", "pack.added"));
		ArgumentCaptor<PackDetails> details = ArgumentCaptor.forClass(PackDetails.class);
		verify(this.packs).add(any(), details.capture());
		assertThat(details.getValue())
			.isEqualTo(new PackDetails("Sharing pictures", "For parents", "Talk about it.", List.of(3L, 4L)));
	}

	@Test
	void anUnreadableEntryAndTheAggregatesRulesAreShownBesideTheirFieldsAndNothingIsSaved() throws Exception {
		List<HelpEntry> choices = List.of(entry(3L, "Childline"));
		given(this.packs.choices(any())).willReturn(choices);
		given(this.packs.problemsWith(any(), any()))
			.willReturn(List.of(new HelpRuleException.Problem("title", "pack.title.tooLong"),
					new HelpRuleException.Problem("advice", "pack.advice.required")));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/help-directory/packs").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("title", "x".repeat(121))
						.param("advice", "")
						.param("entryIds", "three"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "title", "Topic must be 120 characters or fewer");
		Pages.assertFieldError(page, "advice", "Enter the advice");
		Pages.assertFieldError(page, "entryIds", "Choose services from the list");
		assertThat(page.getElementById("title").val()).isEqualTo("x".repeat(121));
		verify(this.packs, never()).add(any(), any());
	}

	@Test
	void aRefusalFromThePackWhenSavingIsShownOnTheFormNotAsAServerError() throws Exception {
		existing();
		willThrow(new HelpRuleException("entryIds", "pack.entries.professionalsOnly")).given(this.packs)
			.change(any(), eq(7L), any(), eq(2L));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/help-directory/packs/7").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("title", "Sharing pictures")
						.param("advice", "Talk about it.")
						.param("entryIds", "3")
						.param("version", "2"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "entryIds", "Choose only services for young people or for parents and carers");
	}

	@Test
	void aPackChangedByAnotherSinceItWasOpenedIsNotOverwritten() throws Exception {
		existing();
		willThrow(new OptimisticLockingFailureException("stale")).given(this.packs)
			.change(any(), eq(7L), any(), eq(1L));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/help-directory/packs/7").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("title", "Sharing pictures")
						.param("advice", "Talk about it.")
						.param("entryIds", "3")
						.param("version", "1"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Someone else changed this pack while you were working");
	}

	@Test
	void aChangeWithoutTheVersionIsRefusedRatherThanSavedBlind() throws Exception {
		existing();
		Document page = Pages.parse(
				this.mvc
					.perform(post("/help-directory/packs/7").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("title", "Sharing pictures")
						.param("advice", "Talk about it.")
						.param("entryIds", "3")
						.param("version", "two"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Someone else changed this pack while you were working");
		verify(this.packs, never()).change(any(), anyLong(), any(), anyLong());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/help-directory/packs").with(SignedIn.as(this.admin))
				.param("title", "Sharing pictures")
				.param("advice", "Talk about it.")
				.param("entryIds", "3"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/help-directory/packs/7/delete").with(SignedIn.as(this.admin)))
			.andExpect(status().isForbidden());
		verify(this.packs, never()).add(any(), any());
		verify(this.packs, never()).remove(any(), anyLong());
	}

	@Test
	void practitionersReadPacksButCannotAssembleOrRemoveThem() throws Exception {
		User practitioner = People.person(1L, 5L, Role.PRACTITIONER);
		this.mvc
			.perform(post("/help-directory/packs").with(SignedIn.as(practitioner))
				.with(csrf())
				.param("title", "Sharing pictures")
				.param("advice", "Talk about it.")
				.param("entryIds", "3"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/help-directory/packs/7/delete").with(SignedIn.as(practitioner)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/help-directory/packs/new").with(SignedIn.as(practitioner)))
			.andExpect(status().isForbidden());
		verify(this.packs, never()).add(any(), any());
		verify(this.packs, never()).remove(any(), anyLong());
	}

	@Test
	void removingAPackRemovesItAndSaysSo() throws Exception {
		this.mvc.perform(post("/help-directory/packs/7/delete").with(SignedIn.as(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/help-directory/packs"))
			.andExpect(flash().attribute("success", "pack.removed"));
		verify(this.packs).remove(any(), eq(7L));
	}

	@Test
	void thePrintablePackIsAPdfDownloadNamedForItsAddressAndNeverCached() throws Exception {
		existing();
		given(this.packs.publicPack("sharing-pictures-abc123")).willReturn(java.util.Optional
			.of(new PublicPack("Sharing pictures", null, List.of(), List.of(), "Riverside", java.time.Instant.EPOCH)));
		given(this.pdf.render(eq("families/pack-pdf"), any(), any())).willReturn(new byte[] { 37, 80, 68, 70 });
		this.mvc
			.perform(
					get("/help-directory/packs/7/pack.pdf").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"advice-pack-sharing-pictures-abc123.pdf\""))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().bytes(new byte[] { 37, 80, 68, 70 }));
	}

}
