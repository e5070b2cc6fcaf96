package org.onlinelives.selfaudit.framework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FeedbackQuestionsTests {

	@Test
	void loadsTheSixQuestionsOfTheEvaluationInOrder() {
		FeedbackQuestions feedback = FeedbackQuestions.loadDefault();
		assertThat(feedback.source().seed()).isEqualTo("001_dc26a106afcf14b8");
		assertThat(feedback.source().publisher()).isEqualTo("Youthworks for Dudley");
		assertThat(feedback.questions()).extracting(FeedbackQuestion::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(feedback.questions()).extracting(FeedbackQuestion::id)
			.containsExactly("information-flow", "training", "not-covered", "difficulties", "help-needed",
					"improving-the-audit");
		assertThat(feedback.questions()).allSatisfy((question) -> assertThat(question.text()).endsWith("?"));
	}

	@Test
	void refusesFiveQuestions() {
		String json = """
				{ "version": "x", "source": { "title": "t", "seed": "s" },
				  "questions": [ { "number": 1, "id": "a", "text": "A?" } ] }
				""";
		assertThatExceptionOfType(InvalidFrameworkException.class)
			.isThrownBy(() -> FeedbackQuestions.load(json, "feedback.json"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly("expected 6 feedback questions; found 1"));
	}

	@Test
	void refusesMisnumberedRepeatedOrBlankQuestions() {
		String json = """
				{ "version": "x", "source": { "title": "t", "seed": "s" },
				  "questions": [
				    { "number": 1, "id": "a", "text": "A?" }, { "number": 3, "id": "b", "text": "B?" },
				    { "number": 3, "id": "a", "text": "C?" }, { "number": 4, "id": "d", "text": " " },
				    { "number": 5, "id": "e", "text": "E?" }, { "number": 6, "id": "f", "text": "F?" } ] }
				""";
		assertThatExceptionOfType(InvalidFrameworkException.class)
			.isThrownBy(() -> FeedbackQuestions.load(json, "feedback.json"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"feedback question in position 2 is numbered 3; expected 2",
					"feedback question 3 needs an id of its own", "text of feedback question 4 is missing"));
	}

	@Test
	void refusesUnreadableJson() {
		assertThatExceptionOfType(InvalidFrameworkException.class)
			.isThrownBy(() -> FeedbackQuestions.load("[", "feedback.json"))
			.withMessageContaining("cannot be read");
	}

}
