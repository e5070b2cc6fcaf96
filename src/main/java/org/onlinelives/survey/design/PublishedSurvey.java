package org.onlinelives.survey.design;

import java.util.List;
import java.util.Optional;

import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionRole;

/**
 * A published survey as young people see it: its questions in order, in the wording fixed
 * at publication.
 */
public record PublishedSurvey(long id, long partnershipId, int year, String title, String hash,
		List<Question> questions) {

	public PublishedSurvey {
		questions = List.copyOf(questions);
	}

	public Optional<Question> question(String code) {
		return this.questions.stream().filter((question) -> question.code().equals(code)).findFirst();
	}

	public Optional<Question> withRole(QuestionRole role) {
		return this.questions.stream().filter((question) -> question.role() == role).findFirst();
	}

	public List<Question> scenarios() {
		return this.questions.stream().filter(Question::measuresScenario).toList();
	}

}
