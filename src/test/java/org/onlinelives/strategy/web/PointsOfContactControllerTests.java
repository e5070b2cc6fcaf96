package org.onlinelives.strategy.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.AgencyType;
import org.onlinelives.support.Pages;
import org.onlinelives.support.SignedIn;

import org.onlinelives.platform.security.SignInStage;
import org.onlinelives.platform.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onlinelives.strategy.web.StrategySliceFixtures.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StrategyWebSlice
class PointsOfContactControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyDirectory agencies;

	private static Agency agency(long id, String name, String contact) {
		Agency agency = Agency.create(1L, name, AgencyType.SCHOOL);
		ReflectionTestUtils.setField(agency, "id", id);
		if (contact != null) {
			agency.recordOnlineSafetyContact(contact, "contact@example.org", "01632 960000");
		}
		return agency;
	}

	@Test
	void everyoneSeesEachAgencysPointOfContact() throws Exception {
		given(this.agencies.agenciesOf(1L))
			.willReturn(List.of(agency(5L, "Riverside Academy", "Alex Contact"), agency(6L, "Hillside School", null)));
		Document page = Pages.parse(this.mvc.perform(get("/points-of-contact").with(SignedIn.as(practitioner())))
			.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Points of contact for online safety");
		assertThat(page.getElementById("points-of-contact").text()).contains("Riverside Academy")
			.contains("Alex Contact")
			.contains("Hillside School")
			.contains("Not named yet");
	}

	@Test
	void thePointsOfContactNeedASignedInPerson() throws Exception {
		var response = this.mvc.perform(get("/points-of-contact")).andReturn().getResponse();
		assertThat(response.getStatus()).as("sent to sign in").isEqualTo(302);
		assertThat(response.getRedirectedUrl()).contains("/sign-in");
		verify(this.agencies, never()).agenciesOf(anyLong());
	}

	@Test
	void someoneStillToGiveTheirSecondFactorCannotSeeThePointsOfContact() throws Exception {
		SignedInUser pending = new SignedInUser(practitioner(), false, false);
		var response = this.mvc
			.perform(get("/points-of-contact")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(UsernamePasswordAuthenticationToken.authenticated(pending, null,
							List.of(new SimpleGrantedAuthority(SignInStage.SECOND_FACTOR_PENDING))))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("sent back to give the second factor").isEqualTo(302);
		assertThat(response.getRedirectedUrl()).contains("/sign-in");
		verify(this.agencies, never()).agenciesOf(anyLong());
	}

}
