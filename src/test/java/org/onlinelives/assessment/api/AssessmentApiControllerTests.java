package org.onlinelives.assessment.api;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.web.AssessmentWebSlice;
import org.onlinelives.assessment.youngpeople.Gender;
import org.onlinelives.assessment.youngpeople.ReferralSource;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.assessment.youngpeople.YoungPerson;
import org.onlinelives.assessment.youngpeople.YoungPersonDetails;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.People;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API through its own security chain: bearer tokens, no CSRF (nothing is read
 * from cookies), problem JSON for every refusal.
 */
@AssessmentWebSlice
class AssessmentApiControllerTests {

	private static final String TOKEN = "Bearer ol_test-token";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	YoungPeopleService youngPeople;

	@Autowired
	AssessmentService assessments;

	private final User practitioner = People.person(1L, 5L, Role.PRACTITIONER);

	private final YoungPerson person = spy(YoungPerson.record(1, 5, new YoungPersonDetails("CSC-2024-0117", null, 14,
			Gender.NOT_KNOWN, true, List.of(), ReferralSource.SELF, Set.of(1L)), Clock.systemUTC()));

	@BeforeEach
	void theTokenIsThePractitioners() {
		given(this.tokens.authenticate("ol_test-token")).willReturn(Optional.of(this.practitioner));
		doReturn(31L).when(this.person).getId();
		doReturn(0L).when(this.person).getVersion();
	}

	@Test
	void aYoungPersonIsRecordedFromTheJsonWithoutACsrfToken() throws Exception {
		given(this.youngPeople.create(any(), any())).willReturn(this.person);
		this.mvc
			.perform(post("/api/v1/young-people").header("Authorization", TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"caseReference": "CSC-2024-0117", "age": 14, "gender": "NOT_KNOWN",
						 "onlineComponent": true, "referralSource": "SELF"}
						"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/young-people/31"))
			.andExpect(jsonPath("$.caseReference").value("CSC-2024-0117"))
			.andExpect(jsonPath("$.age").value(14));
		ArgumentCaptor<YoungPersonDetails> details = ArgumentCaptor.forClass(YoungPersonDetails.class);
		verify(this.youngPeople).create(any(), details.capture());
		assertThat(details.getValue().caseReference()).isEqualTo("CSC-2024-0117");
		assertThat(details.getValue().practitionerIds()).containsExactly(this.practitioner.getId());
	}

	@Test
	void aRecordIsReadAsJsonAndTheViewIsNamedForTheAccessLog() throws Exception {
		given(this.youngPeople.view(any(), eq(31L), eq("API"))).willReturn(this.person);
		this.mvc.perform(get("/api/v1/young-people/31").header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(31))
			.andExpect(jsonPath("$.referralSource").value("SELF"));
	}

	@Test
	void wrongTypesAndMissingFieldsAreProblemJsonByFieldAndNothingIsRecorded() throws Exception {
		this.mvc.perform(post("/api/v1/young-people").header("Authorization", TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"caseReference\": \"CSC-1\", \"age\": 14, \"gender\": \"SPACESHIP\", \"referralSource\": \"SELF\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("gender"));
		this.mvc
			.perform(post("/api/v1/young-people").header("Authorization", TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"age\": 40, \"gender\": \"NOT_KNOWN\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.hasItems("caseReference", "referralSource", "age")));
		this.mvc
			.perform(post("/api/v1/young-people").header("Authorization", TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"caseReference\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post("/api/v1/young-people").header("Authorization", TOKEN)
				.contentType(MediaType.TEXT_PLAIN)
				.content("caseReference=CSC-1"))
			.andExpect(status().isUnsupportedMediaType());
		verify(this.youngPeople, never()).create(any(), any());
	}

	@Test
	void withoutATokenOrWithABadOneTheAnswerIs401ProblemJson() throws Exception {
		this.mvc.perform(post("/api/v1/young-people").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post("/api/v1/young-people").header("Authorization", "Bearer ol_revoked")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		verify(this.tokens).refused(eq("ol_revoked"), anyString());
		verify(this.youngPeople, never()).create(any(), any());
	}

	@Test
	void anAnalystsTokenReachesNoAssessmentRoute() throws Exception {
		given(this.tokens.authenticate("ol_analyst")).willReturn(Optional.of(People.person(1L, null, Role.ANALYST)));
		this.mvc.perform(post("/api/v1/young-people").header("Authorization", "Bearer ol_analyst")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"caseReference\": \"CSC-1\", \"age\": 14, \"gender\": \"NOT_KNOWN\", \"referralSource\": \"SELF\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		verify(this.youngPeople, never()).create(any(), any());
	}

	@Test
	void anotherAgencysRecordIsA404ProblemNotAServerError() throws Exception {
		given(this.youngPeople.view(any(), eq(99L), any()))
			.willThrow(new org.onlinelives.platform.web.RecordNotFoundException("young person", 99L));
		this.mvc.perform(get("/api/v1/young-people/99").header("Authorization", TOKEN))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(put("/api/v1/young-people/31/assessments/4").header("Authorization", TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"complete\": false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		verify(this.assessments, never()).record(any(), anyLong(), anyLong(), any(), any(),
				org.mockito.ArgumentMatchers.anyBoolean());
	}

}
