package org.onlinelives.platform.organisation.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyAdministration;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AgenciesController.class)
@PlatformWebSlice
class AgenciesControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AgencyAdministration administration;

	private static User person(Long agencyId, Role role) {
		User user = User.create(1L, agencyId, null, role.name().toLowerCase() + "@example.org", "Test " + role, "x",
				Set.of(role), Instant.EPOCH);
		ReflectionTestUtils.setField(user, "id", 10L + role.ordinal());
		return user;
	}

	private static Agency agency() {
		Agency agency = Agency.create(1L, "Riverside Academy", AgencyType.SCHOOL);
		ReflectionTestUtils.setField(agency, "id", 5L);
		ReflectionTestUtils.setField(agency, "version", 3L);
		return agency;
	}

	@Test
	void anonymousPeopleAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/agencies")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void practitionersAreRefused() throws Exception {
		this.mvc.perform(get("/admin/agencies").with(SignedIn.as(person(5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void agencyLeadsCannotAddAgencies() throws Exception {
		this.mvc.perform(get("/admin/agencies/new").with(SignedIn.as(person(5L, Role.AGENCY_LEAD))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies").with(SignedIn.as(person(5L, Role.AGENCY_LEAD)))
				.with(csrf())
				.param("name", "X")
				.param("type", "SCHOOL"))
			.andExpect(status().isForbidden());
		verify(this.administration, never()).create(any(), any());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/agencies").with(SignedIn.as(person(null, Role.PARTNERSHIP_ADMIN)))
				.param("name", "X")
				.param("type", "SCHOOL"))
			.andExpect(status().isForbidden());
		verify(this.administration, never()).create(any(), any());
	}

	@Test
	void theFormShowsEachProblemBesideItsField() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/admin/agencies").with(SignedIn.as(person(null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("name", "")
						.param("type", "SPACESHIP")
						.param("contactEmail", "not an email"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "name", "Enter the agency name");
		Pages.assertFieldError(page, "type", "Select the type of agency");
		Pages.assertFieldError(page, "contactEmail", "Enter an email address in the correct format");
		Pages.assertLabelledAndUnique(page);
		verify(this.administration, never()).create(any(), any());
	}

	@Test
	void aValidAgencyIsCreatedAndShown() throws Exception {
		given(this.administration.create(any(), any())).willReturn(agency());
		this.mvc
			.perform(post("/admin/agencies").with(SignedIn.as(person(null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("name", "Riverside Academy")
				.param("type", "SCHOOL"))
			.andExpect(redirectedUrl("/admin/agencies/5"));
	}

	@Test
	void aStaleVersionIsRefusedAndTheTypedTextKept() throws Exception {
		given(this.administration.manageable(any(), anyLong())).willReturn(agency());
		Document page = Pages.parse(
				this.mvc
					.perform(post("/admin/agencies/5").with(SignedIn.as(person(null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("name", "Riverside Academy Trust")
						.param("type", "SCHOOL")
						.param("version", "2"))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this agency");
		assertThat(page.getElementById("name").val()).isEqualTo("Riverside Academy Trust");
		verify(this.administration, never()).change(any(), anyLong(), any(), any());
	}

	@Test
	void theListShowsEachAgencyWithItsContact() throws Exception {
		Agency agency = agency();
		agency.recordOnlineSafetyContact("Jordan Lead", "jordan@example.org", null);
		given(this.administration.visibleTo(any())).willReturn(List.of(agency));
		Document page = Pages
			.parse(this.mvc.perform(get("/admin/agencies").with(SignedIn.as(person(null, Role.PARTNERSHIP_ADMIN))))
				.andExpect(status().isOk()));
		assertThat(page.title()).isEqualTo("Agencies – Online Lives");
		assertThat(page.select("h1").text()).isEqualTo("Agencies");
		assertThat(page.select("tbody tr").text()).contains("Riverside Academy")
			.contains("School")
			.contains("Jordan Lead");
	}

}
