package org.onlinelives.assessment.web;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onlinelives.assessment.Journey;
import org.onlinelives.platform.organisation.Agency;
import org.onlinelives.platform.organisation.Partnership;
import org.onlinelives.platform.people.Role;
import org.onlinelives.platform.people.User;
import org.onlinelives.support.TestData;
import org.onlinelives.support.WebIntegrationTest;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner records a young person and completes an assessment step by step through
 * the pages.
 */
class AssessmentJourneyIntegrationTests extends WebIntegrationTest {

	@Test
	void completesAnAssessmentStepByStep() throws Exception {
		Partnership partnership = this.data.partnership();
		Agency agency = this.data.agency(partnership);
		User practitioner = this.data.user(partnership, agency, Role.PRACTITIONER);
		Journey journey = new Journey(this.mvc, practitioner);
		long person = journey.recordYoungPerson("REF-" + TestData.unique(), "14");
		long assessment = journey.start(person);
		String base = Journey.base(person, assessment);

		MockHttpServletResponse saved = journey.step(person, assessment, "factors",
				Map.of("factors", List.of("YOUNG_CARER", "ISOLATED", "CYBERBULLIED", "LEARNING_DIFFICULTY")));
		assertThat(saved.getRedirectedUrl()).isEqualTo(base + "/scenarios");
		saved = journey.step(person, assessment, "scenarios", Map.of("scenarios", List.of("CONTACT_CYBERBULLIED")));
		assertThat(saved.getRedirectedUrl()).isEqualTo(base + "/offline");
		saved = journey.step(person, assessment, "offline", Map.of("adversities", List.of("NEGLECT")));
		assertThat(saved.getRedirectedUrl()).isEqualTo(base + "/concerns");
		saved = journey.step(person, assessment, "concerns",
				Map.of("concerns", List.of("ANY_CONCERN"), "bullying", List.of("CHILD_HARMED")));
		assertThat(saved.getRedirectedUrl()).isEqualTo(base + "/ten-cs/CONTEXT");
		saved = journey.step(person, assessment, "ten-cs/CONTACT", Map.of("rating", List.of("4"), "strengths",
				List.of("Tells her aunt"), "youngPersonView", List.of("It is getting better")));
		assertThat(saved.getRedirectedUrl()).isEqualTo(base + "/ten-cs/CONDUCT");
		saved = journey.step(person, assessment, "ten-cs/COMPOSITE_AND_COMPLEX", Map.of("rating", List.of("3")));
		assertThat(saved.getRedirectedUrl()).isEqualTo(base + "/check");

		Document check = journey.page(base + "/check");
		assertThat(check.select("h1").text()).isEqualTo("Check your answers");
		assertThat(check.text()).contains("Intensive support recommended", "Young carer", "Tells her aunt");
		assertThat(check.select("a[href='" + base + "/factors?returnTo=check']")).hasSize(1);

		MockHttpServletResponse completed = journey.complete(person, assessment);
		assertThat(completed.getRedirectedUrl()).isEqualTo(base);
		Document summary = journey.page(base);
		assertThat(summary.select(".ol-flag h3").eachText()).containsExactly("Intensive support recommended",
				"Screen the other Cs", "Look deeper at online life");
		assertThat(summary.select("#ten-cs-chart figcaption").text()).contains("10 Cs ratings");
		// bullying alone, with no threshold decision yet, is not referred (Staffordshire
		// e-safety procedure §45: separate referrals in the more serious cases)
		assertThat(journey.promptsShown(person, assessment)).containsExactly("DISCUSS_WITH_SAFEGUARDING_LEAD",
				"INVOLVE_PARENTS_OR_CARERS", "DEVICES_LAST_RESORT", "KEEP_EVIDENCE_WITHOUT_IMAGES", "SIGNPOSTING");
	}

}
