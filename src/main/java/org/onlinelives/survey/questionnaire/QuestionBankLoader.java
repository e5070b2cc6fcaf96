package org.onlinelives.survey.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the question bank from JSON and refuses one that breaks its rules, listing every
 * problem.
 */
public final class QuestionBankLoader {

	public static final String DEFAULT_LOCATION = "survey/question-bank-v1.json";

	/**
	 * Codes go into the compact answer encoding, so they are kept to these characters.
	 */
	static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,60}");

	private final ObjectMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	record BankDocument(int version, String title, List<Question> questions) {
	}

	public QuestionBank loadDefault() {
		try (InputStream json = QuestionBankLoader.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION)) {
			if (json == null) {
				throw new InvalidQuestionBankException(DEFAULT_LOCATION, List.of("the file is not on the classpath"));
			}
			return load(json.readAllBytes(), DEFAULT_LOCATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public QuestionBank load(byte[] json, String origin) {
		BankDocument document;
		try {
			document = this.mapper.readValue(json, BankDocument.class);
		}
		catch (JacksonException ex) {
			throw new InvalidQuestionBankException(origin, ex.getOriginalMessage(), ex);
		}
		List<String> problems = check(document);
		if (!problems.isEmpty()) {
			throw new InvalidQuestionBankException(origin, problems);
		}
		return new QuestionBank(document.version(), document.title(), document.questions(), sha256(json));
	}

	static List<String> check(BankDocument document) {
		List<String> problems = new ArrayList<>();
		if (document == null || document.questions() == null || document.questions().isEmpty()) {
			problems.add("there are no questions");
			return problems;
		}
		Set<String> codes = new HashSet<>();
		Set<QuestionRole> single = new HashSet<>();
		for (Question question : document.questions()) {
			String code = question.code();
			if (code == null || !CODE.matcher(code).matches()) {
				problems.add("question code '" + code + "' must be capital letters, digits or _");
				continue;
			}
			if (!codes.add(code)) {
				problems.add(code + " appears twice");
			}
			if (question.type() == null || question.role() == null || question.text() == null
					|| question.text().isBlank()) {
				problems.add(code + " needs a type, a role and a text");
				continue;
			}
			if (question.source() == null || question.source().isBlank()) {
				problems.add(code + " needs a source");
			}
			boolean text = question.type() == QuestionType.TEXT;
			if (text != question.options().isEmpty()) {
				problems.add(code + (text ? " is free text and must have no options" : " needs options"));
			}
			Set<String> optionCodes = new HashSet<>();
			for (AnswerOption option : question.options()) {
				if (option.code() == null || !CODE.matcher(option.code()).matches() || !optionCodes.add(option.code())
						|| option.text() == null || option.text().isBlank()) {
					problems.add(code + " has a missing, repeated or badly written option " + option.code());
				}
			}
			if (question.role() != QuestionRole.SCENARIO && question.role() != QuestionRole.OTHER
					&& !single.add(question.role())) {
				problems.add("only one question may have the role " + question.role());
			}
			if (question.role() == QuestionRole.GROUPS && question.type() != QuestionType.MULTIPLE) {
				problems.add(code + " asks for groups and must allow several choices");
			}
			if (question.measuresScenario()) {
				ScenarioFacts facts = question.scenario();
				if (facts == null || facts.c() == null || facts.positive().isEmpty() || facts.summary() == null
						|| !question.type().choosesOne()) {
					problems.add(code + " is a scenario and needs one choice, a C, positive options and a summary");
				}
				else if (!optionCodes.containsAll(facts.positive())) {
					problems.add(code + " counts an option it does not offer");
				}
			}
			else if (question.scenario() != null) {
				problems.add(code + " is not a scenario but has scenario facts");
			}
		}
		return problems;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

}
