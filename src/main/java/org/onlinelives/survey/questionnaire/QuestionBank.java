package org.onlinelives.survey.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every question a partnership may put in a year's survey, in the bank's order, with the
 * SHA-256 of the file it came from.
 */
public record QuestionBank(int version, String title, List<Question> questions, String hash) {

	public QuestionBank {
		questions = List.copyOf(questions);
	}

	public Optional<Question> question(String code) {
		return this.questions.stream().filter((question) -> question.code().equals(code)).findFirst();
	}

	public Map<String, Question> byCode() {
		return this.questions.stream().collect(Collectors.toMap(Question::code, Function.identity()));
	}

}
