package org.onlinelives.survey.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A young person's answers until they send them, held only in their session (which the
 * session cookie names, and which ends when the browser closes or after 30 minutes idle).
 * Sessions are kept in the database so that any node can serve the next page: the answers
 * sit in the session's row, with no link to anyone, until they are sent or the session
 * ends, when the row is deleted. Nothing is written to the survey's responses until the
 * answers are sent.
 */
final class SurveyInProgress implements Serializable {

	static final String ATTRIBUTE = "surveyInProgress";

	private final String code;

	private final boolean easyRead;

	private final LinkedHashMap<String, List<String>> answers = new LinkedHashMap<>();

	SurveyInProgress(String code, boolean easyRead) {
		this.code = code;
		this.easyRead = easyRead;
	}

	String code() {
		return this.code;
	}

	boolean easyRead() {
		return this.easyRead;
	}

	void answer(String question, List<String> values) {
		if (values == null || values.isEmpty()) {
			this.answers.remove(question);
		}
		else {
			this.answers.put(question, List.copyOf(values));
		}
	}

	List<String> answer(String question) {
		return this.answers.getOrDefault(question, List.of());
	}

	Map<String, List<String>> answers() {
		return Map.copyOf(this.answers);
	}

}
