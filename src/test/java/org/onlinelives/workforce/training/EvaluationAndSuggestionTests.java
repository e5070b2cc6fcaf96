package org.onlinelives.workforce.training;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onlinelives.workforce.training.TrainingFixtures.NOW;
import static org.onlinelives.workforce.training.TrainingFixtures.TODAY;
import static org.onlinelives.workforce.training.TrainingFixtures.completed;
import static org.onlinelives.workforce.training.TrainingFixtures.course;

class EvaluationAndSuggestionTests {

	private final TrainingRecord record = completed(course(1, TrainingLevel.AWARENESS, 12), 5, TODAY);

	@Test
	void confidenceMustBeOnTheScale() {
		assertRefused(null, 3, "confidenceBefore", "training.evaluation.confidence.required");
		assertRefused(0, 3, "confidenceBefore", "training.evaluation.confidence.range");
		assertRefused(2, 6, "confidenceAfter", "training.evaluation.confidence.range");
		assertThatThrownBy(() -> CourseEvaluation.of(this.record, 2, 4, "x".repeat(2001), null, NOW))
			.isInstanceOfSatisfying(TrainingRuleException.class, (r) -> assertThat(r.field()).isEqualTo("useful"));
	}

	@Test
	void theSummaryAveragesToOneDecimalPlaceAndKeepsOnlyGivenComments() {
		EvaluationSummary summary = EvaluationSummary
			.of(List.of(CourseEvaluation.of(this.record, 1, 4, "Cases", null, NOW),
					CourseEvaluation.of(this.record, 2, 4, " ", "Gaming", NOW),
					CourseEvaluation.of(this.record, 2, 5, null, null, NOW)));
		assertThat(summary.count()).isEqualTo(3);
		assertThat(summary.averageBefore()).isEqualTo("1.7");
		assertThat(summary.averageAfter()).isEqualTo("4.3");
		assertThat(summary.useful()).containsExactly("Cases");
		assertThat(summary.missing()).containsExactly("Gaming");
		assertThat(EvaluationSummary.of(List.of()).count()).isZero();
	}

	@Test
	void aSuggestionNeedsATopicAndADecisionOtherThanNew() {
		assertThatThrownBy(() -> TrainingSuggestion.suggest(1L, 2L, 3L, "  ", NOW))
			.isInstanceOfSatisfying(TrainingRuleException.class, (r) -> assertThat(r.field()).isEqualTo("topic"));
		TrainingSuggestion suggestion = TrainingSuggestion.suggest(1L, 2L, 3L, " Sextortion on gaming apps ", NOW);
		assertThat(suggestion.getTopic()).isEqualTo("Sextortion on gaming apps");
		assertThat(suggestion.getStatus()).isEqualTo(TrainingSuggestion.Status.NEW);
		assertThatThrownBy(() -> suggestion.review(TrainingSuggestion.Status.NEW, null, 9L, NOW))
			.isInstanceOf(TrainingRuleException.class);
		suggestion.review(TrainingSuggestion.Status.ADOPTED, " In next year's course ", 9L, NOW);
		assertThat(suggestion.getStatus()).isEqualTo(TrainingSuggestion.Status.ADOPTED);
		assertThat(suggestion.getReviewNote()).isEqualTo("In next year's course");
	}

	private void assertRefused(Integer before, Integer after, String field, String key) {
		assertThatThrownBy(() -> CourseEvaluation.of(this.record, before, after, null, null, NOW))
			.isInstanceOfSatisfying(TrainingRuleException.class, (refusal) -> {
				assertThat(refusal.field()).isEqualTo(field);
				assertThat(refusal.messageKey()).isEqualTo(key);
			});
	}

}
