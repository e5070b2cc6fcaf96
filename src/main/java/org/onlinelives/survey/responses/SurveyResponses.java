package org.onlinelives.survey.responses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.design.SurveyLink;
import org.onlinelives.survey.questionnaire.AnswerOption;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a finished survey. Only answer codes, free text, the survey and the link are
 * written: no name, email, address, device, session or time.
 */
@Service
public class SurveyResponses {

	private static final String INSERT_RESPONSE = "insert into survey_response (id, survey_id, link_id, answers) values (?, ?, ?, ?)";

	private static final String INSERT_TEXT = "insert into survey_text_answer (response_id, question_code, answer_text) values (?, ?, ?)";

	public static final int MAX_TEXT = 1000;

	private final JdbcTemplate jdbc;

	private final ResponseThrottle throttle;

	private final ApplicationEventPublisher events;

	SurveyResponses(JdbcTemplate jdbc, ResponseThrottle throttle, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.throttle = throttle;
		this.events = events;
	}

	/**
	 * Keeps only answers the survey offers: known questions, offered options, "rather not
	 * say" alone, text within its limit.
	 */
	public static Map<String, List<String>> clean(PublishedSurvey survey, Map<String, List<String>> raw) {
		Map<String, List<String>> clean = new LinkedHashMap<>();
		for (Question question : survey.questions()) {
			List<String> given = raw.get(question.code());
			if (given == null || given.isEmpty()) {
				continue;
			}
			if (question.type() == QuestionType.TEXT) {
				String text = given.get(0) == null ? "" : given.get(0).strip();
				if (!text.isEmpty()) {
					clean.put(question.code(), List.of(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text));
				}
				continue;
			}
			List<String> options = new ArrayList<>();
			for (AnswerOption option : question.options()) {
				if (given.contains(option.code())) {
					options.add(option.code());
				}
			}
			if (options.contains(AnswerOption.PREFER_NOT_TO_SAY)) {
				options = List.of(AnswerOption.PREFER_NOT_TO_SAY);
			}
			if (question.type().choosesOne() && options.size() > 1) {
				options = List.of(options.get(0));
			}
			if (!options.isEmpty()) {
				clean.put(question.code(), List.copyOf(options));
			}
		}
		return clean;
	}

	/**
	 * Stores the answers, within the link's maximum and the rate limits.
	 * @param address the sender's network address, used only for the in-memory limit
	 */
	@Transactional
	public void submit(PublishedSurvey survey, SurveyLink link, Map<String, List<String>> raw, String address) {
		Map<String, List<String>> answers = clean(survey, raw);
		// lock the link so two last responses cannot both pass its maximum
		this.jdbc.queryForObject("select id from survey_link where id = ? for update", Long.class, link.getId());
		Integer taken = this.jdbc.queryForObject("select count(*) from survey_response where link_id = ?",
				Integer.class, link.getId());
		if (taken != null && taken >= link.getMaxResponses()) {
			throw new SubmissionRefusedException("survey.take.full");
		}
		this.throttle.take(link.getCode(), address);
		Map<String, List<String>> choices = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		answers.forEach((code, values) -> {
			if (survey.question(code).map(Question::type).orElse(null) == QuestionType.TEXT) {
				texts.put(code, values.get(0));
			}
			else {
				choices.put(code, values);
			}
		});
		UUID id = UUID.randomUUID();
		this.jdbc.update(INSERT_RESPONSE, id, survey.id(), link.getId(), AnswerCodec.encode(choices));
		texts.forEach((code, text) -> this.jdbc.update(INSERT_TEXT, id, code, text));
		this.events.publishEvent(new ResponseRecorded(survey.id(), link.getId(), choices));
	}

	/**
	 * Writes responses imported from an earlier year's file (they have no link) as one
	 * batch, in the caller's transaction. Nothing else is stored about them than about a
	 * response given through a link.
	 */
	public void insertImported(long surveyId, List<Answers> responses) {
		List<Object[]> rows = new ArrayList<>(responses.size());
		List<Object[]> texts = new ArrayList<>();
		for (Answers answers : responses) {
			UUID id = UUID.randomUUID();
			rows.add(new Object[] { id, surveyId, null, AnswerCodec.encode(answers.choices()) });
			answers.texts().forEach((code, text) -> texts.add(new Object[] { id, code, text }));
		}
		this.jdbc.batchUpdate(INSERT_RESPONSE, rows);
		if (!texts.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_TEXT, texts);
		}
	}

	/** One response's answers: the options chosen per question, and free-text answers. */
	public record Answers(Map<String, List<String>> choices, Map<String, String> texts) {
	}

	public int countFor(SurveyLink link) {
		Integer count = this.jdbc.queryForObject("select count(*) from survey_response where link_id = ?",
				Integer.class, link.getId());
		return (count != null) ? count : 0;
	}

}
