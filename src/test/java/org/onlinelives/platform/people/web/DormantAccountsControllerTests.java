package org.onlinelives.platform.people.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.DormantAccounts;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.PlatformPagesWebSlice;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformPagesWebSlice
class DormantAccountsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DormantAccounts dormant;

	@Test
	void unusedAccountsAreListedWithWhenTheyWereLastUsed() throws Exception {
		given(this.dormant.after()).willReturn(Duration.ofDays(90));
		given(this.dormant.warningPeriod()).willReturn(Duration.ofDays(14));
		given(this.dormant.list(any())).willReturn(List.of(new DormantAccounts.DormantAccount(12L, "Sam Quiet",
				"sam@example.org", 5L, Instant.parse("2026-06-01T09:00:00Z"), false, null, null)));
		Document page = Pages.parse(this.mvc
			.perform(get("/admin/users/dormant").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN))))
			.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Unused accounts");
		assertThat(page.select("main").text()).contains("for 90 days").contains("14 days later");
		assertThat(page.select("a[href=/admin/users/12]").text()).isEqualTo("Sam Quiet");
		assertThat(page.select("table").text()).contains("sam@example.org").contains("1 June 2026");
	}

	@Test
	void agencyLeadsCannotSeeUnusedAccounts() throws Exception {
		this.mvc.perform(get("/admin/users/dormant").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD))))
			.andExpect(status().isForbidden());
		verify(this.dormant, never()).list(any());
	}

	@Test
	void practitionersCannotSeeUnusedAccounts() throws Exception {
		this.mvc.perform(get("/admin/users/dormant").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		verify(this.dormant, never()).list(any());
	}

}
