package org.onlinelives.survey.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onlinelives.families.Audience;
import org.onlinelives.families.HelpDirectory;
import org.onlinelives.families.HelpEntry;
import org.onlinelives.families.HelpTopic;
import org.onlinelives.families.Reach;
import org.onlinelives.families.ServiceKind;
import org.onlinelives.families.Signposting;
import org.onlinelives.families.SignpostingNeed;
import org.onlinelives.support.Pages;
import org.onlinelives.survey.design.SurveyDesign;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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

/**
 * Young people find and start the survey signed out; every form still needs its CSRF
 * token, and no cookie is set to track them.
 */
@SurveyWebSlice
class TakeSurveyControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyDesign design;

	@Autowired
	HelpDirectory directory;

	@Test
	void aKnownCodeTypedSignedOutOpensItsSurvey() throws Exception {
		SurveyDesign.Reached reached = YouthSurveys.reachable(this.design);
		given(this.design.reach("abcd2345")).willReturn(Optional.of(reached));
		this.mvc.perform(post("/youth-survey").with(csrf()).param("code", "abcd2345"))
			.andExpect(redirectedUrl("/youth-survey/ABCD2345"));
	}

	@Test
	void aMissingOrUnknownCodeIsShownBesideTheField() throws Exception {
		given(this.design.reach(any())).willReturn(Optional.empty());
		Document unknown = Pages.parse(this.mvc.perform(post("/youth-survey").with(csrf()).param("code", "ZZZZ9999"))
			.andExpect(status().isOk()));
		Pages.assertFieldError(unknown, "code", "We cannot find that code. Check it and try again.");
		assertThat(unknown.getElementById("code").val()).isEqualTo("ZZZZ9999");
		Document blank = Pages
			.parse(this.mvc.perform(post("/youth-survey").with(csrf()).param("code", " ")).andExpect(status().isOk()));
		Pages.assertFieldError(blank, "code", "Enter your survey code");
	}

	@Test
	void aCodePostedWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/youth-survey").param("code", YouthSurveys.CODE)).andExpect(status().isForbidden());
		this.mvc.perform(post("/youth-survey/ABCD2345/start")).andExpect(status().isForbidden());
		verify(this.design, never()).reach(any());
	}

	@Test
	void theStartPageIsReadSignedOutAndSetsNoCookie() throws Exception {
		YouthSurveys.reachable(this.design);
		MvcResult result = this.mvc.perform(get("/youth-survey/ABCD2345")).andExpect(status().isOk()).andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("h1").text()).contains("Your online life");
		assertThat(result.getResponse().getCookies()).isEmpty();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		MvcResult entry = this.mvc.perform(get("/youth-survey")).andExpect(status().isOk()).andReturn();
		assertThat(entry.getResponse().getCookies()).isEmpty();
	}

	@Test
	void startingHoldsTheChosenWordingInTheSessionAndGoesToTheFirstQuestion() throws Exception {
		YouthSurveys.reachable(this.design);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/youth-survey/ABCD2345/start").session(session).with(csrf()).param("easyRead", "true"))
			.andExpect(redirectedUrl("/youth-survey/ABCD2345/questions/1"));
		SurveyInProgress progress = (SurveyInProgress) session.getAttribute(SurveyInProgress.ATTRIBUTE);
		assertThat(progress.code()).isEqualTo(YouthSurveys.CODE);
		assertThat(progress.easyRead()).isTrue();
		assertThat(progress.answers()).isEmpty();
	}

	@Test
	void aCodeThatOpensNoSurveyIsNotFound() throws Exception {
		given(this.design.reach(any())).willReturn(Optional.empty());
		this.mvc.perform(get("/youth-survey/NOPE0000")).andExpect(status().isNotFound());
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/youth-survey/NOPE0000/start").session(session).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(session.getAttribute(SurveyInProgress.ATTRIBUTE)).isNull();
	}

	@Test
	void theHelpPageReachedThroughALinkAddsThePartnershipsOwnServicesForYoungPeople() throws Exception {
		YouthSurveys.reachable(this.design);
		HelpEntry local = entry(1, "Riverside Youth Counselling", Reach.LOCAL, "01632 960123");
		HelpEntry national = entry(2, "A national helpline", Reach.NATIONAL, "0800 000000");
		given(this.directory.forSignposting(eq(1L), any()))
			.willAnswer((call) -> new Signposting(call.getArgument(1), List.of(local, national)));

		MvcResult result = this.mvc.perform(get("/youth-survey/ABCD2345/help").param("sent", ""))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select(".govuk-panel__title").text()).isEqualTo("Thank you");
		assertThat(page.select("main").text()).contains("call 999").contains("Childline").contains("Report Remove");
		assertThat(page.select("#local-help").text()).isEqualTo("Help near you");
		assertThat(page.select("#local-help-list h4").eachText()).containsExactly("Riverside Youth Counselling");
		assertThat(page.select("#local-help-list a[href='tel:01632960123']")).hasSize(1);
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		ArgumentCaptor<SignpostingNeed> need = ArgumentCaptor.forClass(SignpostingNeed.class);
		verify(this.directory).forSignposting(eq(1L), need.capture());
		assertThat(need.getValue().youngPersonOnly()).isTrue();
		assertThat(need.getValue().age()).isNull();
		assertThat(need.getValue().topics()).containsExactlyInAnyOrder(HelpTopic.values());

		// reached without a code: the national help alone
		Document plain = Jsoup.parse(this.mvc.perform(get("/youth-survey/help"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(plain.select("main").text()).contains("call 999");
		assertThat(plain.select("#local-help")).isEmpty();
		// a code that opens nothing is not found
		given(this.design.reach("NOPE0000")).willReturn(Optional.empty());
		this.mvc.perform(get("/youth-survey/NOPE0000/help")).andExpect(status().isNotFound());
	}

	private static HelpEntry entry(long id, String name, Reach reach, String phone) {
		return new HelpEntry(id, name, ServiceKind.COUNSELLING_AND_SUPPORT, "Someone to talk to.",
				Set.of(Audience.YOUNG_PEOPLE), Set.of(HelpTopic.values()), reach, null, null, phone, null, null, null,
				LocalDate.of(2027, 1, 1), false);
	}

}
