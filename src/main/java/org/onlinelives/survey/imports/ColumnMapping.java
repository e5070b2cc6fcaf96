package org.onlinelives.survey.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.questionnaire.Question;

/**
 * Which question each column of the file answers: a question code, or null for "do not
 * import".
 */
public record ColumnMapping(List<String> questions) {

	public ColumnMapping {
		questions = Collections.unmodifiableList(new ArrayList<>(questions));
	}

	/**
	 * Suggests, for each heading, the question whose code or wording it equals (ignoring
	 * case and surrounding spaces).
	 */
	public static ColumnMapping suggest(List<String> header, PublishedSurvey survey) {
		List<String> chosen = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (String heading : header) {
			String key = normal(heading);
			String match = survey.questions()
				.stream()
				.filter((question) -> !taken.contains(question.code()))
				.filter((question) -> key.equals(normal(question.code())) || key.equals(normal(question.text())))
				.map(Question::code)
				.findFirst()
				.orElse(null);
			if (match != null) {
				taken.add(match);
			}
			chosen.add(match);
		}
		return new ColumnMapping(chosen);
	}

	/**
	 * Why the mapping cannot be used (a column and a message key), or empty: no column
	 * imported, or a question chosen for two columns.
	 */
	public Optional<Problem> problem(PublishedSurvey survey) {
		Set<String> seen = new HashSet<>();
		boolean any = false;
		for (int column = 0; column < this.questions.size(); column++) {
			String code = this.questions.get(column);
			if (code == null) {
				continue;
			}
			any = true;
			if (survey.question(code).isEmpty()) {
				return Optional.of(new Problem(column, "survey.import.mapping.unknown"));
			}
			if (!seen.add(code)) {
				return Optional.of(new Problem(column, "survey.import.mapping.twice"));
			}
		}
		return any ? Optional.empty() : Optional.of(new Problem(0, "survey.import.mapping.none"));
	}

	/** A column whose choice cannot be used, and why. */
	public record Problem(int column, String messageKey) {
	}

	public String question(int column) {
		return (column < this.questions.size()) ? this.questions.get(column) : null;
	}

	static String normal(String text) {
		return (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

}
