package org.onlinelives.selfaudit.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The six feedback questions of the Dudley evaluation (seed 001), offered after
 * submission.
 *
 * @param version the content version
 * @param source where the questions come from
 * @param questions the questions, numbered 1 to 6
 */
public record FeedbackQuestions(String version, FrameworkSource source, List<FeedbackQuestion> questions) {

	public static final String DEFAULT_LOCATION = "selfaudit/feedback-questions.json";

	// seed 001: six questions, from information flow to improving the audit tool
	public static final int QUESTION_COUNT = 6;

	public FeedbackQuestions {
		questions = (questions != null) ? List.copyOf(questions) : null;
	}

	public static FeedbackQuestions loadDefault() {
		try (InputStream json = FeedbackQuestions.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION)) {
			if (json == null) {
				throw new InvalidFrameworkException(DEFAULT_LOCATION, List.of("the file is not on the classpath"));
			}
			return load(new String(json.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_LOCATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static FeedbackQuestions load(String json, String origin) {
		FeedbackQuestions loaded;
		try {
			loaded = JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(json, FeedbackQuestions.class);
		}
		catch (JacksonException ex) {
			throw new InvalidFrameworkException(origin, ex.getOriginalMessage(), ex);
		}
		List<String> problems = (loaded != null) ? loaded.problems() : List.of("the file is empty");
		if (!problems.isEmpty()) {
			throw new InvalidFrameworkException(origin, problems);
		}
		return loaded;
	}

	private List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.source == null || isBlank(this.source.title()) || isBlank(this.source.seed())) {
			problems.add("source title and seed are required");
		}
		if (this.questions == null || this.questions.size() != QUESTION_COUNT) {
			problems.add("expected " + QUESTION_COUNT + " feedback questions; found "
					+ ((this.questions != null) ? this.questions.size() : 0));
			return problems;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < this.questions.size(); i++) {
			FeedbackQuestion question = this.questions.get(i);
			if (question.number() == null || question.number() != i + 1) {
				problems.add("feedback question in position " + (i + 1) + " is numbered " + question.number()
						+ "; expected " + (i + 1));
			}
			if (isBlank(question.id()) || !ids.add(question.id())) {
				problems.add("feedback question " + (i + 1) + " needs an id of its own");
			}
			if (isBlank(question.text())) {
				problems.add("text of feedback question " + (i + 1) + " is missing");
			}
		}
		return problems;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
