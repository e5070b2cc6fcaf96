package org.onlinelives.platform.people.web;

import java.util.EnumSet;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.PeopleAdministration;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PeopleController.class)
@PlatformWebSlice
class PeopleControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PeopleAdministration people;

	private final User admin = People.person(1, null, Role.PARTNERSHIP_ADMIN);

	private final User practitioner = People.person(1, 5L, Role.PRACTITIONER);

	@Test
	void onlyManagersSeePeople() throws Exception {
		this.mvc.perform(get("/admin/users").with(SignedIn.as(this.practitioner))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(SignedIn.as(People.person(1, 5L, Role.ANALYST))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListPagesThroughPeople() throws Exception {
		given(this.people.count(any(), any())).willReturn(60L);
		given(this.people.page(any(), any(), eq(2))).willReturn(List.of(this.practitioner));
		Document page = Pages
			.parse(this.mvc.perform(get("/admin/users").param("page", "2").with(SignedIn.as(this.admin)))
				.andExpect(status().isOk()));
		assertThat(page.select("tbody tr")).hasSize(1);
		assertThat(page.select(".govuk-pagination").text()).contains("Page 2 of 3");
		assertThat(page.select(".govuk-pagination a[rel=next]").attr("href")).isEqualTo("/admin/users?page=3");
	}

	@Test
	void aRoleThatDoesNotExistIsAFormErrorNotAFailure() throws Exception {
		given(this.people.get(any(), anyLong())).willReturn(this.practitioner);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/admin/users/" + this.practitioner.getId() + "/roles").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("roles", "SUPERUSER")
						.param("version", "0"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "roles", "You cannot give that role");
		verify(this.people, never()).changeRoles(any(), anyLong(), any(), any());
	}

	@Test
	void noRolesAtAllIsRefused() throws Exception {
		given(this.people.get(any(), anyLong())).willReturn(this.practitioner);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/admin/users/" + this.practitioner.getId() + "/roles").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("version", "0"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "roles", "Select at least one role");
	}

	@Test
	void validRolesAreSaved() throws Exception {
		given(this.people.get(any(), anyLong())).willReturn(this.practitioner);
		this.mvc
			.perform(post("/admin/users/" + this.practitioner.getId() + "/roles").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("roles", "PRACTITIONER", "QA_REVIEWER")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/users/" + this.practitioner.getId()));
		verify(this.people).changeRoles(any(), eq(this.practitioner.getId()),
				eq(EnumSet.of(Role.PRACTITIONER, Role.QA_REVIEWER)), eq(0L));
	}

}
