package org.onlinelives.platform.accesslog.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.platform.accesslog.SignInFailures;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.security.PlatformPagesWebSlice;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformPagesWebSlice
class SignInFailuresControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignInFailures failures;

	@Test
	void failuresByAddressOverTheChosenPeriodAreListed() throws Exception {
		given(this.failures.countAddresses(eq(3L), any())).willReturn(1L);
		given(this.failures.byAddress(eq(3L), any(), eq(1)))
			.willReturn(List.of(new SignInFailures.ByAddress("203.0.113.9", 42, 7, 5)));
		Document page = Pages.parse(
				this.mvc
					.perform(get("/admin/access-log/sign-in-failures").param("period", "MONTH")
						.with(SignedIn.as(People.person(3L, null, Role.PARTNERSHIP_ADMIN))))
					.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Sign-in failures");
		assertThat(page.select("table").text()).contains("203.0.113.9").contains("42");
		ArgumentCaptor<Instant> from = ArgumentCaptor.forClass(Instant.class);
		verify(this.failures).byAddress(eq(3L), from.capture(), eq(1));
		assertThat(Duration.between(from.getValue(), Instant.now()).toDays()).isCloseTo(30L, within(1L));
	}

	@Test
	void failuresByAccountAreListedOnTheAskedPage() throws Exception {
		given(this.failures.countAccounts(eq(3L), any())).willReturn(60L);
		given(this.failures.byAccount(eq(3L), any(), eq(2)))
			.willReturn(List.of(new SignInFailures.ByAccount("someone@example.org", true, 9, 2)));
		Document page = Pages.parse(
				this.mvc
					.perform(get("/admin/access-log/sign-in-failures").param("by", "account")
						.param("page", "2")
						.with(SignedIn.as(People.person(3L, null, Role.PARTNERSHIP_ADMIN))))
					.andExpect(status().isOk()));
		assertThat(page.select("table").text()).contains("someone@example.org");
		verify(this.failures, never()).byAddress(anyLong(), any(), anyInt());
	}

	@Test
	void unreadableChoicesFallBackToTheDefaultsNotAnError() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(get("/admin/access-log/sign-in-failures").param("period", "FOREVER")
						.param("by", "<script>")
						.param("page", "-5")
						.with(SignedIn.as(People.person(3L, null, Role.PARTNERSHIP_ADMIN))))
					.andExpect(status().isOk()));
		ArgumentCaptor<Instant> from = ArgumentCaptor.forClass(Instant.class);
		verify(this.failures).byAddress(eq(3L), from.capture(), eq(1));
		assertThat(Duration.between(from.getValue(), Instant.now()).toDays()).isCloseTo(7L, within(1L));
		assertThat(page.select("input[name=period][checked]").val()).isEqualTo("WEEK");
	}

	@Test
	void agencyLeadsCannotSeeSignInFailures() throws Exception {
		this.mvc
			.perform(get("/admin/access-log/sign-in-failures")
				.with(SignedIn.as(People.person(3L, 5L, Role.AGENCY_LEAD))))
			.andExpect(status().isForbidden());
		verify(this.failures, never()).byAddress(anyLong(), any(), anyInt());
	}

}
