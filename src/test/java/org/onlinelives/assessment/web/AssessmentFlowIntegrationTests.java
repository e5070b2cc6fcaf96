package org.onlinelives.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.Journey;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.TenC;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.SignedIn;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The flow is as short as the sources allow: each question about pictures, threats and
 * blackmail is asked once; the scenarios sit under the C the Online lives audit tool puts
 * them in; the completed version does not ask the practitioner to check answers it no
 * longer lets them change.
 */
class AssessmentFlowIntegrationTests extends WebIntegrationTest {

	@Autowired
	Catalogue catalogue;

	User practitioner;

	Journey journey;

	long person;

	long assessment;

	String base;

	@BeforeEach
	void start() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		this.practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		this.journey = new Journey(this.mvc, this.practitioner);
		this.person = this.journey.recordYoungPerson("FLOW-" + TestData.unique(), "15");
		this.assessment = this.journey.start(this.person);
		this.base = Journey.base(this.person, this.assessment);
	}

	@Test
	void eachQuestionAboutPicturesIsAskedOnceOnOnePage() throws Exception {
		List<Document> steps = new ArrayList<>();
		for (String step : List.of("factors", "scenarios", "offline", "concerns")) {
			steps.add(this.journey.page(this.base + "/" + step));
		}
		for (TenC tenC : this.catalogue.tenCs()) {
			steps.add(this.journey.page(this.base + "/ten-cs/" + tenC.code()));
		}
		for (String value : List.of("CONDUCT_SHARED_INTIMATE_IMAGE", "SHARED_UNDER_BLACKMAIL", "SHARED_UNDER_THREAT",
				"AFTER_THREATENED", "AFTER_BLACKMAILED_FOR_MORE", "INTIMATE_IMAGE_SHARED", "SEXTORTION")) {
			long pages = steps.stream()
				.filter((page) -> !page.select("input[type=checkbox][value=" + value + "]").isEmpty())
				.count();
			assertThat(pages).as("pages asking %s", value).isEqualTo(1);
		}
		Document scenarios = steps.get(1);
		assertThat(scenarios.select("input[value=SEXTORTION]").attr("name")).isEqualTo("pictures");
		assertThat(steps.get(3).select("input[value=INTIMATE_IMAGE_SHARED], input[value=SEXTORTION]")).isEmpty();
		assertThat(steps.get(3).text()).doesNotContainIgnoringCase("blackmail");
	}

	@Test
	void picturesAnsweredWithTheScenariosSurviveTheConcernsStepAndRaiseTheSextortionPrompts() throws Exception {
		MockHttpServletResponse saved = this.journey.step(this.person, this.assessment, "scenarios",
				Map.of("pictures", List.of("SEXTORTION")));
		assertThat(saved.getRedirectedUrl()).isEqualTo(this.base + "/offline");
		assertThat(this.journey.page(this.base + "/scenarios").select("input[value=SEXTORTION]").hasAttr("checked"))
			.isTrue();
		saved = this.journey.step(this.person, this.assessment, "concerns",
				Map.of("concerns", List.of("ANY_CONCERN"), "grooming", List.of("SECRECY")));
		assertThat(saved.getRedirectedUrl()).isEqualTo(this.base + "/ten-cs/CONTEXT");
		// a step visited again shows what was saved, and the concerns step kept the
		// picture answer it does not ask
		Document concerns = this.journey.page(this.base + "/concerns");
		assertThat(concerns.select("input[type=checkbox][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("ANY_CONCERN", "SECRECY");
		assertThat(this.journey.page(this.base + "/scenarios").select("input[value=SEXTORTION]").hasAttr("checked"))
			.isTrue();

		Document check = this.journey.page(this.base + "/check");
		assertThat(check.text()).contains("Pictures shared or threatened by someone else: Someone threatens to share");
		// threats to share a picture, with no picture shared: the police and CEOP, and
		// removal, reassurance and suicide prevention (Bromley SCB online safety
		// strategy §5.33–5.37)
		assertThat(check.select(".ol-prompt").eachAttr("id")).contains("prompt-POLICE_AND_CEOP",
				"prompt-EARLY_REMOVAL_REPORT", "prompt-REASSURE_THE_YOUNG_PERSON",
				"prompt-CONSIDER_SUICIDE_PREVENTION_PLAN");
	}

	@Test
	void anAdultThreatenedOverAPictureIsShownTheAdultRouteOnThePageAndInTheReport() throws Exception {
		long adult = this.journey.recordYoungPerson("FLOW-" + TestData.unique(), "18");
		long version = this.journey.start(adult);
		String adultBase = Journey.base(adult, version);
		this.journey.step(adult, version, "scenarios", Map.of("pictures", List.of("SEXTORTION")));
		assertThat(this.journey.page(adultBase + "/check").select(".ol-prompt").eachAttr("id"))
			.contains("prompt-ADULT_INTIMATE_IMAGE_REPORT", "prompt-REASSURE_THE_YOUNG_PERSON",
					"prompt-CONSIDER_SUICIDE_PREVENTION_PLAN", "prompt-POLICE_POSSIBLE_CRIME")
			.doesNotContain("prompt-EARLY_REMOVAL_REPORT", "prompt-POLICE_AND_CEOP");
		Document check = this.journey.page(adultBase + "/check");
		assertThat(check.select("#prompt-ADULT_INTIMATE_IMAGE_REPORT").text()).contains("Revenge Porn Helpline",
				"StopNCII.org", "Bromley SCB online safety strategy, §5.20–5.21");

		assertThat(this.journey.complete(adult, version).getStatus()).isEqualTo(302);
		assertThat(this.journey.promptsShown(adult, version)).contains("ADULT_INTIMATE_IMAGE_REPORT")
			.doesNotContain("EARLY_REMOVAL_REPORT");
		MockHttpServletResponse pdf = this.journey.get(adultBase + "/report.pdf");
		assertThat(pdf.getStatus()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("Help them get the picture removed and report it to the police", "Revenge Porn Helpline")
				.doesNotContain("Report the picture for removal now");
		}
	}

	@Test
	void theConcernsStepRefusesAPictureQuestionItDoesNotAsk() throws Exception {
		MockHttpServletResponse refused = this.journey.step(this.person, this.assessment, "concerns",
				Map.of("concerns", List.of("ANY_CONCERN", "SEXTORTION")));
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("govuk-error-summary");
		MockHttpServletResponse tampered = this.journey.step(this.person, this.assessment, "scenarios",
				Map.of("pictures", List.of("IMMEDIATE_RISK")));
		assertThat(tampered.getStatus()).isEqualTo(200);
		assertThat(tampered.getContentAsString()).contains("govuk-error-summary");
		assertThat(this.journey.page(this.base + "/check").select(".ol-prompt")).isEmpty();
	}

	@Test
	void selfHarmSitesSitUnderContactAsTheAuditToolPutsThem() throws Exception {
		Document scenarios = this.journey.page(this.base + "/scenarios");
		Element contact = scenarios.select("fieldset")
			.stream()
			.filter((fieldset) -> fieldset.select("legend").text().equals("Contact"))
			.findFirst()
			.orElseThrow();
		assertThat(contact.select("input[value=CONTACT_SELF_HARM_OR_SUICIDE_SITES]")).hasSize(1);
		assertThat(contact.text()).contains("Often visits sites that encourage self-harm or suicide");
	}

	@Test
	void theCompositeFlagGoesOnceCompositeAndComplexIsRated() throws Exception {
		this.journey.step(this.person, this.assessment, "ten-cs/CONTACT", Map.of("rating", List.of("5")));
		this.journey.step(this.person, this.assessment, "ten-cs/CONDUCT", Map.of("rating", List.of("4")));
		assertThat(this.journey.page(this.base + "/check").select(".ol-flag h3").eachText())
			.contains("Assess composite and complex risk");
		this.journey.step(this.person, this.assessment, "ten-cs/COMPOSITE_AND_COMPLEX", Map.of("rating", List.of("4")));
		assertThat(this.journey.page(this.base + "/check").select(".ol-flag h3").eachText())
			.doesNotContain("Assess composite and complex risk");
	}

	@Test
	void theCompletedVersionDoesNotSayCheckYourAnswers() throws Exception {
		this.journey.step(this.person, this.assessment, "concerns", Map.of("concerns", List.of("ANY_CONCERN")));
		MockHttpServletResponse completed = this.journey.complete(this.person, this.assessment);
		assertThat(completed.getRedirectedUrl()).isEqualTo(this.base);
		// the page the completion lands on, with its banner
		MvcResult landed = this.mvc
			.perform(get(this.base).with(SignedIn.as(this.practitioner)).flashAttr("success", "assessment.completed"))
			.andReturn();
		String page = landed.getResponse().getContentAsString();
		assertThat(page).contains("Assessment completed.").doesNotContain("Check your answers").doesNotContain("??");
		assertThat(this.journey.get(this.base + "/check").getRedirectedUrl()).isEqualTo(this.base);
	}

}
