package org.onlinelives.platform.people.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.people.Invitation;
import org.onlinelives.platform.people.InvitationService;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.onlinelives.platform.people.InvitationDescriptions;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ InvitationsController.class, AcceptInvitationController.class })
@PlatformWebSlice
class InvitationsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InvitationService invitationService;

	@Autowired
	AgencyDirectory agencies;

	@MockitoBean
	InvitationDescriptions descriptions;

	@org.junit.jupiter.api.BeforeEach
	void describeInvitations() {
		given(this.descriptions.of(any())).willReturn(new InvitationDescriptions.Description("Test Partnership", null,
				List.of(org.onlinelives.platform.people.Role.PRACTITIONER)));
	}

	@Test
	void theInvitationFormNeedsANameAnEmailAndARole() throws Exception {
		given(this.agencies.agenciesOf(anyLong())).willReturn(List.of());
		Document page = Pages.parse(
				this.mvc
					.perform(
							post("/admin/invitations").with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN)))
								.with(csrf())
								.param("name", "")
								.param("email", "nobody")
								.param("agencyId", "abc"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "name", "Enter a full name");
		Pages.assertFieldError(page, "email", "Enter an email address in the correct format");
		Pages.assertFieldError(page, "agencyId", "Select an agency from the list");
		Pages.assertFieldError(page, "roles", "Select at least one role");
		Pages.assertLabelledAndUnique(page);
		verify(this.invitationService, never()).invite(any(), any(), any(), anyString(), anyString(), any(), any());
	}

	@Test
	void practitionersCannotInvite() throws Exception {
		this.mvc.perform(get("/admin/invitations/new").with(SignedIn.as(People.person(1, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownOrUsedInvitationLinkIsNotFound() throws Exception {
		given(this.invitationService.open(anyString())).willReturn(Optional.empty());
		this.mvc.perform(get("/invitations/no-such-token")).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/invitations/no-such-token").with(csrf())
				.param("name", "X")
				.param("password", "p")
				.param("confirmPassword", "p"))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePasswordRulesApplyWhenAccepting() throws Exception {
		Invitation invitation = Invitation.create(1L, 5L, null, "new@example.org", "New Person",
				Set.of(Role.PRACTITIONER), "h", 1L, Instant.now(), Instant.now().plusSeconds(3600));
		given(this.invitationService.open("good-token")).willReturn(Optional.of(invitation));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/invitations/good-token").with(csrf())
						.param("name", "New Person")
						.param("password", "short")
						.param("confirmPassword", "other"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "password", "Password must be 12 characters or more");
		Pages.assertFieldError(page, "confirmPassword", "The passwords do not match");
		assertThat(page.getElementById("password").val()).isEmpty();
		assertThat(page.getElementById("name").val()).isEqualTo("New Person");
		verify(this.invitationService, never()).accept(anyString(), anyString(), anyString());
	}

}
