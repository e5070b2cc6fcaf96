package org.onlinelives.survey.web;

import java.util.List;

/**
 * One question page: the chosen option (radios), options (checkboxes) or text.
 */
record AnswerForm(String answer, List<String> answers, String text) {

	static AnswerForm of(List<String> previous, boolean multiple, boolean text) {
		if (text) {
			return new AnswerForm(null, List.of(), previous.isEmpty() ? "" : previous.get(0));
		}
		if (multiple) {
			return new AnswerForm(null, previous, null);
		}
		return new AnswerForm(previous.isEmpty() ? null : previous.get(0), List.of(), null);
	}

}
