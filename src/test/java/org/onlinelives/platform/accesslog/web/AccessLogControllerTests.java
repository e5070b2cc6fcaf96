package org.onlinelives.platform.accesslog.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLogEntry;
import org.onlinelives.platform.accesslog.AccessLogFilter;
import org.onlinelives.platform.accesslog.AccessLogQuery;
import org.onlinelives.platform.people.Role;
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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AccessLogController.class)
@PlatformWebSlice
class AccessLogControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AccessLogQuery query;

	@Test
	void onlyAdministratorsReadTheAccessLog() throws Exception {
		this.mvc.perform(get("/admin/access-log").with(SignedIn.as(People.person(1, 5L, Role.AGENCY_LEAD))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/access-log").with(SignedIn.as(People.person(1, null, Role.ANALYST))))
			.andExpect(status().isForbidden());
	}

	@Test
	void filtersReachTheQueryAndEntriesAreShown() throws Exception {
		given(this.query.countUpToLimit(anyLong(), any())).willReturn(1L);
		given(this.query.page(anyLong(), any(), anyInt())).willReturn(List.of(new AccessLogEntry(1,
				Instant.parse("2026-11-28T10:15:00Z"), 5L, "Riverside Academy", 9L, "lead@example.org",
				AccessEvent.ROLES_CHANGED, "person", "12", "Practitioner to Quality assurance reviewer", "192.0.2.7")));
		Document page = Pages.parse(
				this.mvc
					.perform(get("/admin/access-log").param("from", "2026-11-01")
						.param("event", "ROLES_CHANGED")
						.param("person", "lead")
						.with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN))))
					.andExpect(status().isOk()));
		verify(this.query).page(eq(1L), argThat((AccessLogFilter f) -> LocalDate.of(2026, 11, 1).equals(f.from())
				&& f.event() == AccessEvent.ROLES_CHANGED && "lead".equals(f.person())), eq(1));
		assertThat(page.select("tbody tr").text()).contains("28 November 2026 at 10:15:00am")
			.contains("Roles changed")
			.contains("Riverside Academy")
			.contains("192.0.2.7");
		assertThat(page.select("form button")).isNotEmpty();
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void aLogLongerThanTheCountLimitSaysMoreThanAndAsksForAFilter() throws Exception {
		given(this.query.countUpToLimit(anyLong(), any())).willReturn(AccessLogQuery.COUNT_LIMIT + 1L);
		Document page = Pages.parse(
				this.mvc
					.perform(get("/admin/access-log").param("page", "999")
						.with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN))))
					.andExpect(status().isOk()));
		assertThat(page.select(".govuk-inset-text").text()).startsWith("More than 10,000 entries")
			.contains("Filter by date, event, person or agency");
		assertThat(page.select(".govuk-pagination").text()).contains("Page 200 of 200");
		verify(this.query).page(eq(1L), any(), eq(200));
	}

	@Test
	void nonsenseFiltersAreIgnoredOrExplainedNeverAFailure() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(get("/admin/access-log").param("from", "31/31/2026")
						.param("event", "DROP TABLE")
						.param("agency", "x")
						.param("page", "-4")
						.with(SignedIn.as(People.person(1, null, Role.PARTNERSHIP_ADMIN))))
					.andExpect(status().isOk()));
		assertThat(page.getElementById("from-error").text()).contains("Enter a date like 2026-11-28");
	}

}
