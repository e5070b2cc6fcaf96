package org.onlinelives.survey.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * A question of the bank, or of a year's survey with the administrator's wording.
 */
public record Question(String code, String topic, QuestionType type, QuestionRole role, String text, String easyRead,
		String hint, String easyReadHint, List<AnswerOption> options, ScenarioFacts scenario, String source) {

	public Question {
		options = (options != null) ? List.copyOf(options) : List.of();
		if (easyRead == null || easyRead.isBlank()) {
			easyRead = text;
		}
		if (easyReadHint == null || easyReadHint.isBlank()) {
			easyReadHint = hint;
		}
	}

	public String text(boolean easy) {
		return easy ? this.easyRead : this.text;
	}

	public String hint(boolean easy) {
		return easy ? this.easyReadHint : this.hint;
	}

	public Optional<AnswerOption> option(String code) {
		return this.options.stream().filter((option) -> option.code().equals(code)).findFirst();
	}

	public boolean measuresScenario() {
		return this.role == QuestionRole.SCENARIO;
	}

	/** The same question in other words; blank wording keeps the bank's. */
	public Question reworded(String newText, String newEasyRead) {
		String text = (newText == null || newText.isBlank()) ? this.text : newText.strip();
		String easy = (newEasyRead == null || newEasyRead.isBlank()) ? this.easyRead : newEasyRead.strip();
		return new Question(this.code, this.topic, this.type, this.role, text, easy, this.hint, this.easyReadHint,
				this.options, this.scenario, this.source);
	}

}
