package org.onlinelives.survey.responses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact form chosen answers are stored in: {@code QUESTION=OPTION|OPTION;…}. Codes
 * are capital letters, digits and underscores only (the question bank enforces it), so no
 * escaping is needed.
 */
public final class AnswerCodec {

	private AnswerCodec() {
	}

	public static String encode(Map<String, List<String>> answers) {
		StringBuilder text = new StringBuilder();
		answers.forEach((question, options) -> {
			if (!options.isEmpty()) {
				if (!text.isEmpty()) {
					text.append(';');
				}
				text.append(question).append('=').append(String.join("|", options));
			}
		});
		return text.toString();
	}

	public static Map<String, List<String>> decode(String text) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		if (text == null || text.isEmpty()) {
			return answers;
		}
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf(';', start);
			if (end < 0) {
				end = text.length();
			}
			int equals = text.indexOf('=', start);
			if (equals > start && equals < end) {
				List<String> options = new ArrayList<>(2);
				int from = equals + 1;
				while (from <= end) {
					int bar = text.indexOf('|', from);
					int to = (bar < 0 || bar > end) ? end : bar;
					if (to > from) {
						options.add(text.substring(from, to));
					}
					from = to + 1;
				}
				answers.put(text.substring(start, equals), options);
			}
			start = end + 1;
		}
		return answers;
	}

	/**
	 * Calls the visitor for every chosen option, without building maps (index builds).
	 */
	public static void visit(String text, Visitor visitor) {
		if (text == null) {
			return;
		}
		int length = text.length();
		int start = 0;
		while (start < length) {
			int end = text.indexOf(';', start);
			if (end < 0) {
				end = length;
			}
			int equals = text.indexOf('=', start);
			if (equals > start && equals < end) {
				String question = text.substring(start, equals);
				int from = equals + 1;
				while (from <= end) {
					int bar = text.indexOf('|', from);
					int to = (bar < 0 || bar > end) ? end : bar;
					if (to > from) {
						visitor.chose(question, text.substring(from, to));
					}
					from = to + 1;
				}
			}
			start = end + 1;
		}
	}

	/** Receives each chosen option. */
	@FunctionalInterface
	public interface Visitor {

		void chose(String question, String option);

	}

}
