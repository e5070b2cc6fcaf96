package org.onlinelives.workforce.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.Pages;
import org.onlinelives.support.People;
import org.onlinelives.support.SignedIn;
import org.onlinelives.workforce.training.Training;
import org.onlinelives.workforce.training.TrainingLevel;
import org.onlinelives.workforce.training.TrainingRuleException;
import org.onlinelives.workforce.training.TrainingTarget;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WorkforceWebSlice
class CoverageControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Training training;

	private final User admin = People.person(1L, null, Role.PARTNERSHIP_ADMIN);

	@BeforeEach
	void aTarget() {
		given(this.training.target(1L)).willReturn(TrainingTarget.defaultFor(1L));
		given(this.training.coverageRows(any())).willReturn(List.of());
	}

	@Test
	void anAdministratorChangesTheTargetToTheTypedLevelAndPercentage() throws Exception {
		this.mvc
			.perform(post("/training/coverage/target").with(SignedIn.as(this.admin))
				.with(csrf())
				.param("level", TrainingLevel.values()[0].name())
				.param("percent", "80")
				.param("version", "3"))
			.andExpect(redirectedUrl("/training/coverage"))
			.andExpect(flash().attribute("success", "training.target.saved"));
		verify(this.training).changeTarget(any(), eq(TrainingLevel.values()[0]), eq(80), eq(3L));
	}

	@Test
	void aPercentageThatIsNotANumberIsShownBesideTheFieldAndNothingChanges() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/training/coverage/target").with(SignedIn.as(this.admin))
						.with(csrf())
						.param("level", TrainingLevel.values()[0].name())
						.param("percent", "eighty"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "percent", "Enter a percentage from 1 to 100");
		assertThat(page.getElementById("percent").val()).isEqualTo("eighty");
		verify(this.training, never()).changeTarget(any(), any(), any(), any());
	}

	@Test
	void aTargetTheRulesRefuseIsShownBesideItsFieldNotAsAServerError() throws Exception {
		willThrow(new TrainingRuleException("level", "training.target.level.required")).given(this.training)
			.changeTarget(any(), any(), any(), any());
		Document page = Pages.parse(this.mvc
			.perform(
					post("/training/coverage/target").with(SignedIn.as(this.admin)).with(csrf()).param("percent", "80"))
			.andExpect(status().isOk()));
		Pages.assertFieldError(page, "level", "Choose a level");
	}

	@Test
	void aTargetPostedWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/training/coverage/target").with(SignedIn.as(this.admin))
				.param("level", TrainingLevel.values()[0].name())
				.param("percent", "80"))
			.andExpect(status().isForbidden());
		verify(this.training, never()).changeTarget(any(), any(), any(), any());
	}

	@Test
	void agencyLeadsSeeCoverageButCannotChangeTheTarget() throws Exception {
		User lead = People.person(1L, 5L, Role.AGENCY_LEAD);
		this.mvc.perform(get("/training/coverage").with(SignedIn.as(lead))).andExpect(status().isOk());
		this.mvc
			.perform(post("/training/coverage/target").with(SignedIn.as(lead))
				.with(csrf())
				.param("level", TrainingLevel.values()[0].name())
				.param("percent", "80"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/training/coverage").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER))))
			.andExpect(status().isForbidden());
		verify(this.training, never()).changeTarget(any(), any(), any(), any());
	}

}
