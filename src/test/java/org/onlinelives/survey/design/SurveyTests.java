package org.onlinelives.survey.design;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyTests {

	private Survey draft() {
		return Survey.draft(1L, 2026, "Your online life", 1, List.of("AGE", "GENDER", "S_A", "S_B"));
	}

	@Test
	void startsWithTheBankQuestionsInOrder() {
		assertThat(draft().getQuestions()).extracting(SurveyQuestion::questionCode)
			.containsExactly("AGE", "GENDER", "S_A", "S_B");
	}

	@Test
	void movesRemovesAddsAndRewordsWhileADraft() {
		Survey survey = draft();
		survey.move("S_B", -1);
		survey.move("AGE", -1);
		survey.remove("GENDER");
		survey.include("GENDER");
		survey.include("AGE");
		survey.reword("S_A", "  New words?  ", " ");
		assertThat(survey.getQuestions()).extracting(SurveyQuestion::questionCode)
			.containsExactly("AGE", "S_B", "S_A", "GENDER");
		assertThat(survey.getQuestions().get(2)).isEqualTo(new SurveyQuestion("S_A", "New words?", null));
	}

	@Test
	void refusesEveryChangeOncePublished() {
		Survey survey = draft();
		survey.publish("[]", "abc", Instant.now());
		assertThat(survey.isPublished()).isTrue();
		for (Runnable change : List.<Runnable>of(() -> survey.move("AGE", 1), () -> survey.remove("AGE"),
				() -> survey.include("X"), () -> survey.reword("AGE", "x", null),
				() -> survey.publish("[]", "def", Instant.now()))) {
			assertThatThrownBy(change::run).isInstanceOf(SurveyRuleException.class)
				.extracting("messageKey")
				.isEqualTo("survey.published.fixed");
		}
		assertThat(survey.getContentHash()).isEqualTo("abc");
	}

	@Test
	void refusesBadYearsTitlesAndWording() {
		assertThatThrownBy(() -> Survey.draft(1L, 1999, "T", 1, List.of("A"))).extracting("messageKey")
			.isEqualTo("survey.year.invalid");
		assertThatThrownBy(() -> Survey.draft(1L, 2026, " ", 1, List.of("A"))).extracting("messageKey")
			.isEqualTo("survey.title.invalid");
		assertThatThrownBy(() -> draft().reword("AGE", "x".repeat(501), null)).extracting("messageKey")
			.isEqualTo("survey.question.text.tooLong");
		assertThatThrownBy(() -> draft().reword("NOPE", "x", null)).extracting("messageKey")
			.isEqualTo("survey.question.notInSurvey");
	}

	@Test
	void keepsAtLeastOneQuestion() {
		Survey survey = Survey.draft(1L, 2026, "T", 1, List.of("A"));
		assertThatThrownBy(() -> survey.remove("A")).extracting("messageKey").isEqualTo("survey.questions.lastOne");
	}

	@Test
	void opensLinksOnlyForPublishedSurveysWithinLimits() {
		Survey survey = draft();
		assertThatThrownBy(() -> SurveyLink.open(survey, "ABCDEFGH", "School", 30)).extracting("messageKey")
			.isEqualTo("survey.link.notPublished");
		survey.publish("[]", "abc", Instant.now());
		assertThatThrownBy(() -> SurveyLink.open(survey, "ABCDEFGH", "School", 0)).extracting("messageKey")
			.isEqualTo("survey.link.max.invalid");
		assertThat(SurveyLink.open(survey, "ABCDEFGH", " School ", 30).getLabel()).isEqualTo("School");
	}

}
