package org.onlinelives.survey.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyLink;
import org.onlinelives.survey.engine.AnswerIndex;
import org.onlinelives.survey.engine.SurveyIndexes;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionBank;
import org.onlinelives.survey.questionnaire.QuestionBankLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The figures from a known set of responses: 100 young carers of whom 40 were bullied
 * online, 900 others of whom 90 were (RR 4.0, 95 % CI 2.93 to 5.45 by hand: SE = √(1/40 −
 * 1/100 + 1/90 − 1/900) = 0.158114; exp(ln 4 ± 0.309897)).
 */
class SurveyAnalysisTests {

	private final QuestionBank bank = new QuestionBankLoader().loadDefault();

	private SurveyAnalysis.Results results() {
		PublishedSurvey published = new PublishedSurvey(1, 1, 2026, "Survey", "hash", this.bank.questions());
		AnswerIndex index = new AnswerIndex();
		for (int i = 0; i < 1000; i++) {
			boolean carer = i < 100;
			boolean bullied = carer ? i < 40 : i < 190;
			index.add(1L,
					Map.of("GROUPS", List.of(carer ? "YOUNG_CARER" : "NONE"), "S_CYBERBULLIED",
							List.of(bullied ? "YES" : "NO"), "S_GAMBLING", List.of(i % 200 == 0 ? "OFTEN" : "NEVER"),
							"S_ADULT_PAGES", List.of((carer ? i < 2 : i < 200) ? "OFTEN" : "NEVER")));
		}
		SurveyDesign design = mock(SurveyDesign.class);
		SurveyIndexes indexes = mock(SurveyIndexes.class);
		when(design.published(any(Survey.class))).thenReturn(published);
		when(indexes.index(anyLong())).thenReturn(index);
		return new SurveyAnalysis(design, indexes).results(null, mock(Survey.class));
	}

	@Test
	void comparesEachGroupWithEveryoneElse() {
		SurveyAnalysis.Results results = results();
		assertThat(results.responses()).isEqualTo(1000);
		ScenarioResult bullied = results.scenarios()
			.stream()
			.filter((scenario) -> scenario.code().equals("S_CYBERBULLIED"))
			.findFirst()
			.orElseThrow();
		assertThat(bullied.overall()).isEqualTo(new Share(130, 1000, true));
		GroupComparison carers = bullied.groups().get(results.groups().indexOf("YOUNG_CARER"));
		assertThat(carers.inGroup()).isEqualTo(new Share(40, 100, true));
		assertThat(carers.others()).isEqualTo(new Share(90, 900, true));
		assertThat(carers.risk().estimate()).isCloseTo(4.0, within(1e-9));
		assertThat(carers.risk().lower()).isCloseTo(2.9341, within(1e-3));
		assertThat(carers.risk().upper()).isCloseTo(5.4531, within(1e-3));
		assertThat(carers.significant()).isTrue();
		// nobody ticked "in or leaving care": no base, nothing shown, no risk
		GroupComparison care = bullied.groups().get(results.groups().indexOf("IN_OR_LEAVING_CARE"));
		assertThat(care.shown()).isFalse();
		assertThat(care.risk()).isNull();
	}

	@Test
	void aGroupHiddenHidesEveryoneElseTooAsTheyAddUpToWhatOtherGroupsGiveAway() {
		SurveyAnalysis.Results results = results();
		ScenarioResult adultPages = results.scenarios()
			.stream()
			.filter((scenario) -> scenario.code().equals("S_ADULT_PAGES"))
			.findFirst()
			.orElseThrow();
		// 2 of 100 carers: a small cell. Everyone else, 100 of 900, would be fine alone,
		// but 102 of 1000 answered: shown, it gives the carers' 2 away.
		GroupComparison carers = adultPages.groups().get(results.groups().indexOf("YOUNG_CARER"));
		assertThat(carers.inGroup()).isEqualTo(new Share(2, 100, false));
		assertThat(carers.others()).isEqualTo(new Share(100, 900, false));
		assertThat(carers.risk()).isNull();
		assertThat(adultPages.overall()).isEqualTo(new Share(102, 1000, true));
	}

	@Test
	void youngPeopleBulliedOnlineAreAGroupComparedWithEveryoneElseWhoAnsweredThatQuestion() {
		SurveyAnalysis.Results results = results();
		assertThat(results.groups()).endsWith("ALONE", "S_CYBERBULLIED");
		int bulliedGroup = results.groups().indexOf("S_CYBERBULLIED");
		ScenarioResult adultPages = scenario(results, "S_ADULT_PAGES");
		GroupComparison bullied = adultPages.groups().get(bulliedGroup);
		assertThat(bullied.inGroup()).isEqualTo(new Share(92, 130, true));
		assertThat(bullied.others()).isEqualTo(new Share(10, 870, true));
		// by hand: SE = √(1/92 − 1/130 + 1/10 − 1/870) = 0.319418; exp(ln 61.5692 ±
		// 0.626049)
		assertThat(bullied.risk().estimate()).isCloseTo(61.5692, within(1e-3));
		assertThat(bullied.risk().lower()).isCloseTo(32.921, within(1e-2));
		assertThat(bullied.risk().upper()).isCloseTo(115.147, within(1e-2));
		// the scenario that marks the group is not compared with it
		GroupComparison itself = scenario(results, "S_CYBERBULLIED").groups().get(bulliedGroup);
		assertThat(itself.shown()).isFalse();
		assertThat(itself.risk()).isNull();
	}

	private static ScenarioResult scenario(SurveyAnalysis.Results results, String code) {
		return results.scenarios()
			.stream()
			.filter((scenario) -> scenario.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aSchoolHiddenAloneTakesTheNextSmallestWithItWhenEveryAnswerCameThroughALink() {
		// 600, 370 and 20 through three links, nothing imported: everyone less the two
		// larger schools would be the small one
		ScenarioResult allThroughLinks = byLink(0);
		assertThat(allThroughLinks.overall()).isEqualTo(new Share(99, 990, true));
		assertThat(allThroughLinks.byLink()).extracting(CategoryShare::share)
			.containsExactly(new Share(60, 600, true), new Share(37, 370, false), new Share(2, 20, false));
		// 40 imported through no link: the small school cannot be told apart from them
		ScenarioResult someImported = byLink(40);
		assertThat(someImported.byLink()).extracting(CategoryShare::share)
			.containsExactly(new Share(60, 600, true), new Share(37, 370, true), new Share(2, 20, false));
	}

	private ScenarioResult byLink(int imported) {
		PublishedSurvey published = new PublishedSurvey(1, 1, 2026, "Survey", "hash", this.bank.questions());
		AnswerIndex index = new AnswerIndex();
		int[] sizes = { 600, 370, 20 };
		List<SurveyLink> links = new ArrayList<>();
		for (int l = 0; l < sizes.length; l++) {
			SurveyLink link = mock(SurveyLink.class);
			when(link.getId()).thenReturn(l + 1L);
			when(link.getCode()).thenReturn("CODE000" + l);
			when(link.getLabel()).thenReturn("School " + l);
			links.add(link);
			for (int i = 0; i < sizes[l]; i++) {
				index.add(l + 1L, Map.of("S_CYBERBULLIED", List.of((i < sizes[l] / 10) ? "YES" : "NO")));
			}
		}
		for (int i = 0; i < imported; i++) {
			index.add(null, Map.of("S_CYBERBULLIED", List.of((i == 0) ? "YES" : "NO")));
		}
		SurveyDesign design = mock(SurveyDesign.class);
		SurveyIndexes indexes = mock(SurveyIndexes.class);
		when(design.published(any(Survey.class))).thenReturn(published);
		when(design.publishedSurveys(anyLong())).thenReturn(List.of(published));
		when(design.links(any(), any(Survey.class))).thenReturn(links);
		when(indexes.index(anyLong())).thenReturn(index);
		SurveyAnalysis analysis = new SurveyAnalysis(design, indexes);
		ScenarioResult result = analysis.scenario(null, mock(Survey.class), "S_CYBERBULLIED");
		// the exports' breakdowns are the same, for every scenario in the survey's order
		List<ScenarioResult> breakdowns = analysis.breakdowns(null, mock(Survey.class));
		assertThat(breakdowns).extracting(ScenarioResult::code)
			.containsExactlyElementsOf(published.scenarios().stream().map(Question::code).toList());
		assertThat(breakdowns.get(published.scenarios().indexOf(result.question()))).isEqualTo(result);
		return result;
	}

	@Test
	void suppressesSmallCountsAndSummarisesTheLargestGaps() {
		SurveyAnalysis.Results results = results();
		ScenarioResult gambling = results.scenarios()
			.stream()
			.filter((scenario) -> scenario.code().equals("S_GAMBLING"))
			.findFirst()
			.orElseThrow();
		// 5 of 1000 gamble often; within carers 1 of 100: a small cell, so hidden
		GroupComparison carers = gambling.groups().get(results.groups().indexOf("YOUNG_CARER"));
		assertThat(carers.inGroup().shown()).isFalse();
		assertThat(carers.risk()).isNull();
		// 92 of the 130 bullied online often look at adult pages, 10 of the other 870: RR
		// 0.70769 / 0.011494 = 61.57
		assertThat(results.gaps()).containsExactly(
				new Gap("S_CYBERBULLIED", "S_ADULT_PAGES", "often look at pages meant for adults", 61.6, 71, 1),
				new Gap("YOUNG_CARER", "S_CYBERBULLIED", "have been bullied online", 4.0, 40, 10));
	}

}
