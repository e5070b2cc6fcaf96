package org.onlinelives.workforce.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.workforce.bulletins.BulletinRuleException;
import org.onlinelives.workforce.bulletins.CodeOfConduct;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WorkforceWebSlice
class ConductControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CodeOfConduct code;

	@Test
	void aNewVersionIsPublishedWithTheTypedTextAndTheVersionItWasBasedOn() throws Exception {
		this.mvc
			.perform(
					post("/code-of-conduct/versions").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("body", "Never contact a young person through a personal account.")
						.param("changeSummary", "Personal accounts")
						.param("basedOn", "3"))
			.andExpect(redirectedUrl("/code-of-conduct"));
		verify(this.code).publish(any(), eq("Never contact a young person through a personal account."),
				eq("Personal accounts"), eq(3));
	}

	@Test
	void aTextTheCodeRefusesIsShownBesideTheField() throws Exception {
		given(this.code.publish(any(), any(), any(), any())).willThrow(
				new BulletinRuleException(List.of(new BulletinRuleException.Problem("body", "conduct.body.required"),
						new BulletinRuleException.Problem("changeSummary", "conduct.summary.tooLong"))));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/code-of-conduct/versions")
						.with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("body", "")
						.param("changeSummary", "x".repeat(1001))
						.param("basedOn", "3"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "body", "Enter the text of the code of conduct");
		Pages.assertFieldError(page, "changeSummary", "What changed must be 1,000 characters or fewer");
		assertThat(page.select("input[name=basedOn]").val()).isEqualTo("3");
		Pages.assertLabelledAndUnique(page);
	}

	@Test
	void aVersionPublishedMeanwhileIsExplainedInTheSummary() throws Exception {
		given(this.code.publish(any(), any(), any(), any()))
			.willThrow(new BulletinRuleException(null, "conduct.changedByAnother"));
		Document page = Pages.parse(
				this.mvc
					.perform(post("/code-of-conduct/versions")
						.with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.with(csrf())
						.param("body", "New text")
						.param("basedOn", "2"))
					.andExpect(status().isOk()));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Someone else published a new version while you were working");
		assertThat(page.getElementById("body").text()).isEqualTo("New text");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(
					post("/code-of-conduct/versions").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
						.param("body", "New text")
						.param("basedOn", "2"))
			.andExpect(status().isForbidden());
		verify(this.code, never()).publish(any(), anyString(), any(), anyInt());
	}

	@Test
	void agencyLeadsCannotPublishTheCode() throws Exception {
		this.mvc
			.perform(post("/code-of-conduct/versions").with(SignedIn.as(People.person(1L, 5L, Role.AGENCY_LEAD)))
				.with(csrf())
				.param("body", "New text")
				.param("basedOn", "2"))
			.andExpect(status().isForbidden());
		verify(this.code, never()).publish(any(), any(), any(), any());
	}

}
