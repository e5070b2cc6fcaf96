package org.onlinelives.survey.design;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.security.SignedInUser;
import org.onlinelives.platform.web.RecordNotFoundException;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionBank;
import org.onlinelives.survey.questionnaire.QuestionBankLoader;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators design a year's survey from the question bank, publish it and open links
 * for schools and groups. Every read is scoped to the caller's partnership.
 */
@Service
public class SurveyDesign {

	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 8;

	private final Surveys surveys;

	private final SurveyLinks links;

	private final QuestionBank bank;

	private final AccessLog accessLog;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final ObjectMapper json = JsonMapper.builder().build();

	private final Map<Long, PublishedSurvey> published = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	SurveyDesign(Surveys surveys, SurveyLinks links, QuestionBank bank, AccessLog accessLog, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.surveys = surveys;
		this.links = links;
		this.bank = bank;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	public QuestionBank bank() {
		return this.bank;
	}

	public List<Survey> surveys(SignedInUser user) {
		return this.surveys.findByPartnershipIdOrderByYearDescIdDesc(user.partnershipId());
	}

	public Survey survey(SignedInUser user, long id) {
		return this.surveys.findByIdAndPartnershipId(id, user.partnershipId())
			.orElseThrow(() -> new RecordNotFoundException("survey", id));
	}

	@Transactional
	public Survey create(SignedInUser admin, int year, String title) {
		Survey survey = this.surveys.save(Survey.draft(admin.partnershipId(), year, title, this.bank.version(),
				this.bank.questions().stream().map(Question::code).toList()));
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "survey", survey.getId(), "created");
		return survey;
	}

	/** Applies a change to a draft; the aggregate refuses it once published. */
	@Transactional
	public Survey change(SignedInUser admin, long id, java.util.function.Consumer<Survey> change) {
		Survey survey = survey(admin, id);
		change.accept(survey);
		Survey saved = this.surveys.save(survey);
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "survey", id, "questions changed");
		return saved;
	}

	/** A bank question in this survey's wording. */
	public Question question(Survey survey, String code) {
		SurveyQuestion chosen = survey.getQuestions()
			.stream()
			.filter((question) -> question.questionCode().equals(code))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("survey question", code));
		return resolve(chosen);
	}

	public List<Question> questions(Survey survey) {
		if (survey.isPublished()) {
			return published(survey).questions();
		}
		return survey.getQuestions().stream().map(this::resolve).toList();
	}

	private Question resolve(SurveyQuestion chosen) {
		Question question = this.bank.question(chosen.questionCode())
			.orElseThrow(() -> new RecordNotFoundException("bank question", chosen.questionCode()));
		return question.reworded(chosen.text(), chosen.easyRead());
	}

	@Transactional
	public Survey publish(SignedInUser admin, long id) {
		Survey survey = survey(admin, id);
		List<Question> content = survey.getQuestions().stream().map(this::resolve).toList();
		String text = this.json.writeValueAsString(content);
		survey.publish(text, QuestionBankLoader.sha256(text), this.clock.instant());
		Survey saved = this.surveys.save(survey);
		this.events.publishEvent(new SurveyPublished(id));
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "survey", id, "published " + saved.getContentHash());
		return saved;
	}

	/** The fixed content of a published survey, checked against its hash. */
	public PublishedSurvey published(Survey survey) {
		if (!survey.isPublished()) {
			throw new SurveyRuleException("survey.notPublished", "Survey " + survey.getId() + " is a draft");
		}
		return this.published.computeIfAbsent(survey.getId(), (key) -> {
			if (!QuestionBankLoader.sha256(survey.getPublishedContent()).equals(survey.getContentHash())) {
				throw new IllegalStateException("Survey " + key + " content does not match its hash");
			}
			List<Question> questions = this.json.readValue(survey.getPublishedContent(),
					new TypeReference<List<Question>>() {
					});
			return new PublishedSurvey(survey.getId(), survey.getPartnershipId(), survey.getYear(), survey.getTitle(),
					survey.getContentHash(), questions);
		});
	}

	/**
	 * Published surveys of a partnership, oldest year first (for year-on-year figures).
	 */
	public List<PublishedSurvey> publishedSurveys(long partnershipId) {
		List<PublishedSurvey> result = new ArrayList<>();
		List<Survey> all = this.surveys.findByPartnershipIdOrderByYearDescIdDesc(partnershipId);
		for (int i = all.size() - 1; i >= 0; i--) {
			if (all.get(i).isPublished()) {
				result.add(published(all.get(i)));
			}
		}
		return result;
	}

	public List<SurveyLink> links(SignedInUser user, Survey survey) {
		return this.links.findBySurveyIdAndPartnershipIdOrderByLabel(survey.getId(), user.partnershipId());
	}

	@Transactional
	public SurveyLink openLink(SignedInUser admin, long surveyId, String label, int maxResponses) {
		Survey survey = survey(admin, surveyId);
		String code;
		do {
			code = newCode();
		}
		while (this.links.existsByCode(code));
		SurveyLink link = this.links.save(SurveyLink.open(survey, code, label, maxResponses));
		this.accessLog.record(admin, AccessEvent.RECORD_CHANGED, "survey link", link.getId(), "opened");
		return link;
	}

	/** The link a young person typed or followed, if it belongs to a published survey. */
	public Optional<Reached> reach(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return this.links.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT))
			.flatMap((link) -> this.surveys.findById(link.getSurveyId())
				.filter(Survey::isPublished)
				.map((survey) -> new Reached(link, published(survey))));
	}

	/** A link and the survey it opens. */
	public record Reached(SurveyLink link, PublishedSurvey survey) {
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

}
