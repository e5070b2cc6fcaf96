package org.onlinelives.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.platformlist.PlatformList;
import org.onlinelives.assessment.platformlist.PlatformMatching;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.retention.RetentionService;
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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssessmentWebSlice
class YoungPeopleControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	@Autowired
	Catalogue catalogue;

	@Autowired
	RetentionService retention;

	@Autowired
	PlatformList platformList;

	@BeforeEach
	void theDefaultPlatformList() {
		given(this.platformList.names(anyLong())).willReturn(PlatformMatching.DEFAULTS);
	}

	@Test
	void aValidRecordIsCreatedWithTheTypedDetails() throws Exception {
		User practitioner = People.person(1L, 5L, Role.PRACTITIONER);
		YoungPerson created = mock(YoungPerson.class);
		given(created.getId()).willReturn(31L);
		given(this.youngPeople.create(any(), any())).willReturn(created);
		this.mvc
			.perform(post("/young-people").with(SignedIn.as(practitioner))
				.with(csrf())
				.param("caseReference", " RA-2026-014 ")
				.param("age", "14")
				.param("gender", "GIRL_OR_WOMAN")
				.param("onlineComponent", "true")
				.param("platforms", "Snapchat", "Roblox")
				.param("otherPlatforms", " A chat app,\nA game ")
				.param("referralSource", "SCHOOL")
				.param("practitionerIds", String.valueOf(practitioner.getId())))
			.andExpect(redirectedUrl("/young-people/31"));
		ArgumentCaptor<YoungPersonDetails> details = ArgumentCaptor.forClass(YoungPersonDetails.class);
		verify(this.youngPeople).create(any(), details.capture());
		assertThat(details.getValue()).isEqualTo(new YoungPersonDetails("RA-2026-014", null, 14, Gender.GIRL_OR_WOMAN,
				true, List.of("Snapchat", "Roblox", "A chat app", "A game"), ReferralSource.SCHOOL,
				Set.of(practitioner.getId())));
	}

	@Test
	void missingAndImpossibleAnswersAreShownBesideTheirFields() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/young-people").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
						.with(csrf())
						.param("caseReference", "")
						.param("dobDay", "31")
						.param("dobMonth", "2")
						.param("dobYear", "2012")
						.param("gender", "DRAGON")
						.param("platforms", "Snapchat")
						.param("otherPlatforms", "A chat app"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "caseReference", "Enter your agency's case reference");
		Pages.assertFieldError(page, "dobDay", "Date of birth must be a real date, like 27 3 2010");
		Pages.assertFieldError(page, "gender", "Select the young person's gender, or \"Not known\"");
		Pages.assertFieldError(page, "onlineComponent", "Select yes if the case has an online component");
		Pages.assertFieldError(page, "referralSource", "Select who referred the young person");
		assertThat(page.getElementById("dobMonth").val()).isEqualTo("2");
		assertThat(page.getElementById("platforms").hasAttr("checked")).as("Snapchat still ticked").isTrue();
		assertThat(page.getElementById("otherPlatforms").val()).isEqualTo("A chat app");
		assertThat(page.getElementById("otherPlatforms-chosen").hasAttr("checked")).isTrue();
		verify(this.youngPeople, never()).create(any(), any());
	}

	@Test
	void theRecordsOwnRulesAreShownBesideTheirFieldsWithWhatWasTyped() throws Exception {
		String reference = "R".repeat(41);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/young-people").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
						.with(csrf())
						.param("caseReference", reference)
						.param("age", "26")
						.param("gender", "NOT_KNOWN")
						.param("onlineComponent", "false")
						.param("otherPlatforms-chosen", "true")
						.param("otherPlatforms", String.join(", ",
								java.util.stream.IntStream.rangeClosed(1, 21).mapToObj((n) -> "App " + n).toList()))
						.param("referralSource", "SELF"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "caseReference", "Case reference must be 40 characters or fewer");
		Pages.assertFieldError(page, "age", "Age must be between 0 and 25");
		Pages.assertFieldError(page, "otherPlatforms", "Enter up to 20 platforms or apps, each 60 characters or fewer");
		assertThat(page.select(".govuk-error-summary li")).extracting((item) -> item.selectFirst("a").attr("href"))
			.containsExactly("#caseReference", "#age", "#otherPlatforms");
		assertThat(page.getElementById("caseReference").val()).isEqualTo(reference);
		assertThat(page.getElementById("age").val()).isEqualTo("26");
		verify(this.youngPeople, never()).create(any(), any());
	}

	@Test
	void aDateOfBirthMoreThanTwentyFiveYearsAgoIsRefusedBesideTheDate() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(post("/young-people").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
						.with(csrf())
						.param("caseReference", "RA-2026-014")
						.param("dobDay", "1")
						.param("dobMonth", "1")
						.param("dobYear", String.valueOf(LocalDate.now().minusYears(27).getYear()))
						.param("gender", "NOT_KNOWN")
						.param("onlineComponent", "false")
						.param("referralSource", "SELF"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "dobDay", "The young person must be 25 or younger");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		verify(this.youngPeople, never()).create(any(), any());
	}

	@Test
	void aCaseReferenceAlreadyInTheAgencyIsRefusedBesideIt() throws Exception {
		given(this.youngPeople.caseReferenceTaken(any(), eq("RA-2026-014"), eq(null))).willReturn(true);
		Document page = Pages.parse(
				this.mvc
					.perform(post("/young-people").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
						.with(csrf())
						.param("caseReference", "RA-2026-014")
						.param("dobDay", "1")
						.param("dobMonth", "3")
						.param("dobYear", LocalDate.now().minusYears(13).getYear() + "")
						.param("gender", "NOT_KNOWN")
						.param("onlineComponent", "false")
						.param("referralSource", "SELF"))
					.andExpect(status().isOk()));
		Pages.assertFieldError(page, "caseReference", "This case reference is already recorded in your agency");
		assertThat(page.select(".govuk-error-summary li")).hasSize(1);
		verify(this.youngPeople, never()).create(any(), any());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/young-people").with(SignedIn.as(People.person(1L, 5L, Role.PRACTITIONER)))
				.param("caseReference", "RA-2026-014")
				.param("age", "14")
				.param("gender", "NOT_KNOWN")
				.param("onlineComponent", "false")
				.param("referralSource", "SELF"))
			.andExpect(status().isForbidden());
		verify(this.youngPeople, never()).create(any(), any());
	}

	@Test
	void partnershipAdministratorsCannotRecordYoungPeople() throws Exception {
		this.mvc
			.perform(post("/young-people").with(SignedIn.as(People.person(1L, null, Role.PARTNERSHIP_ADMIN)))
				.with(csrf())
				.param("caseReference", "RA-2026-014")
				.param("age", "14")
				.param("gender", "NOT_KNOWN")
				.param("onlineComponent", "false")
				.param("referralSource", "SELF"))
			.andExpect(status().isForbidden());
		verify(this.youngPeople, never()).create(any(), any());
	}

}
