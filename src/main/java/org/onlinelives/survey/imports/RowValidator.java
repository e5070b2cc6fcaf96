package org.onlinelives.survey.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.questionnaire.AnswerOption;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionType;
import org.onlinelives.survey.responses.SurveyResponses;

/**
 * Checks a row of an imported file against the published survey. A value matches an
 * option by its code or its wording, ignoring case and surrounding spaces; a scale also
 * takes the point's number (1 for its first point). Several-choices questions take values
 * separated by ";". A blank cell is a skipped question. Any value that cannot be stored
 * exactly as a young person could have answered rejects the whole row, with the reason.
 */
public final class RowValidator {

	private final PublishedSurvey survey;

	private final List<String> header;

	private final ColumnMapping mapping;

	public RowValidator(PublishedSurvey survey, List<String> header, ColumnMapping mapping) {
		this.survey = survey;
		this.header = List.copyOf(header);
		this.mapping = mapping;
	}

	public CheckedRow check(int rowNumber, List<String> cells) {
		Map<String, List<String>> choices = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		for (int column = 0; column < this.header.size(); column++) {
			String code = this.mapping.question(column);
			String value = (column < cells.size() && cells.get(column) != null) ? cells.get(column).strip() : "";
			if (code == null || value.isEmpty()) {
				continue;
			}
			Question question = this.survey.question(code).orElseThrow();
			Problems found = new Problems(rowNumber, this.header.get(column), problems);
			if (question.type() == QuestionType.TEXT) {
				if (value.length() > SurveyResponses.MAX_TEXT) {
					found.add("survey.import.reason.tooLong", "", SurveyResponses.MAX_TEXT);
				}
				else {
					texts.put(code, value);
				}
				continue;
			}
			List<String> chosen = options(question, value, found);
			if (chosen != null && !chosen.isEmpty()) {
				choices.put(code, chosen);
			}
		}
		if (problems.isEmpty() && choices.isEmpty() && texts.isEmpty()) {
			problems.add(new RowProblem(rowNumber, "", "survey.import.reason.noAnswers", "", 0));
		}
		return new CheckedRow(choices, texts, List.copyOf(problems));
	}

	private static List<String> options(Question question, String value, Problems found) {
		List<String> given = new ArrayList<>();
		if (question.type() == QuestionType.MULTIPLE) {
			for (String part : value.split(";")) {
				if (!part.isBlank()) {
					given.add(part.strip());
				}
			}
		}
		else {
			given.add(value);
		}
		if (question.type().choosesOne() && value.contains(";")) {
			found.add("survey.import.reason.onlyOne", value);
			return null;
		}
		List<String> codes = new ArrayList<>();
		for (String one : given) {
			String code = match(question, one, found);
			if (code == null) {
				return null;
			}
			if (!codes.contains(code)) {
				codes.add(code);
			}
		}
		if (codes.contains(AnswerOption.PREFER_NOT_TO_SAY) && codes.size() > 1) {
			found.add("survey.import.reason.ratherNotSayAlone", value);
			return null;
		}
		return codes;
	}

	private static String match(Question question, String value, Problems found) {
		String key = ColumnMapping.normal(value);
		for (AnswerOption option : question.options()) {
			if (key.equals(ColumnMapping.normal(option.code())) || key.equals(ColumnMapping.normal(option.text()))) {
				return option.code();
			}
		}
		if (question.type() == QuestionType.SCALE && key.matches("-?\\d{1,9}")) {
			int point = Integer.parseInt(key);
			int points = question.options().size();
			if (point >= 1 && point <= points) {
				return question.options().get(point - 1).code();
			}
			found.add("survey.import.reason.outOfScale", value, points);
			return null;
		}
		found.add("survey.import.reason.notAnOption", value);
		return null;
	}

	/** Collects problems for one cell. */
	private record Problems(int row, String column, List<RowProblem> into) {

		void add(String reason, String value) {
			add(reason, value, 0);
		}

		void add(String reason, String value, int limit) {
			this.into.add(new RowProblem(this.row, this.column, reason, value, limit));
		}

	}

}
