package org.onlinelives.survey.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.engine.AnswerIndex;
import org.onlinelives.survey.engine.SurveyIndexes;
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
			index.add(1L, Map.of("GROUPS", List.of(carer ? "YOUNG_CARER" : "NONE"), "S_CYBERBULLIED",
					List.of(bullied ? "YES" : "NO"), "S_GAMBLING", List.of(i % 200 == 0 ? "OFTEN" : "NEVER")));
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
		assertThat(results.gaps())
			.containsExactly(new Gap("YOUNG_CARER", "S_CYBERBULLIED", "have been bullied online", 4.0, 40, 10));
	}

}
