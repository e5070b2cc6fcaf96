package org.onlinelives.survey.design;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partnership's survey for one year: which bank questions, in which order and wording.
 * Once published its content is fixed by hash and every change is refused.
 */
@Table("survey")
public class Survey {

	public static final int MAX_TITLE = 200;

	@Id
	private Long id;

	private final Long partnershipId;

	@Column("survey_year")
	private final int year;

	private String title;

	private SurveyStatus status;

	private final int bankVersion;

	private String contentHash;

	private String publishedContent;

	private Instant publishedAt;

	@MappedCollection(idColumn = "survey_id", keyColumn = "position")
	private List<SurveyQuestion> questions;

	@Version
	private Long version;

	@PersistenceCreator
	Survey(Long id, Long partnershipId, int year, String title, SurveyStatus status, int bankVersion,
			String contentHash, String publishedContent, Instant publishedAt, List<SurveyQuestion> questions,
			Long version) {
		this.id = id;
		this.partnershipId = partnershipId;
		this.year = year;
		this.title = title;
		this.status = status;
		this.bankVersion = bankVersion;
		this.contentHash = contentHash;
		this.publishedContent = publishedContent;
		this.publishedAt = publishedAt;
		this.questions = new ArrayList<>(questions);
		this.version = version;
	}

	/** A draft holding every bank question in the bank's order. */
	public static Survey draft(long partnershipId, int year, String title, int bankVersion, List<String> codes) {
		if (year < 2000 || year > 2100) {
			throw new SurveyRuleException("survey.year.invalid", "Year out of range");
		}
		if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE) {
			throw new SurveyRuleException("survey.title.invalid", "Title missing or too long");
		}
		return new Survey(null, partnershipId, year, title.strip(), SurveyStatus.DRAFT, bankVersion, null, null, null,
				codes.stream().map((code) -> new SurveyQuestion(code, null, null)).toList(), null);
	}

	public void include(String code) {
		requireDraft();
		if (this.questions.stream().noneMatch((question) -> question.questionCode().equals(code))) {
			this.questions.add(new SurveyQuestion(code, null, null));
		}
	}

	public void remove(String code) {
		requireDraft();
		if (this.questions.size() == 1 && this.questions.get(0).questionCode().equals(code)) {
			throw new SurveyRuleException("survey.questions.lastOne", "A survey needs at least one question");
		}
		this.questions.removeIf((question) -> question.questionCode().equals(code));
	}

	/** Moves a question one place up (-1) or down (+1); at either end it stays. */
	public void move(String code, int step) {
		requireDraft();
		int at = indexOf(code);
		int to = at + Integer.signum(step);
		if (to >= 0 && to < this.questions.size()) {
			SurveyQuestion moved = this.questions.remove(at);
			this.questions.add(to, moved);
		}
	}

	public void reword(String code, String text, String easyRead) {
		requireDraft();
		if (tooLong(text) || tooLong(easyRead)) {
			throw new SurveyRuleException("survey.question.text.tooLong", "Wording too long");
		}
		int at = indexOf(code);
		this.questions.set(at, new SurveyQuestion(code, blankToNull(text), blankToNull(easyRead)));
	}

	/**
	 * Publishes the survey with the content the young people will see, fixed by its
	 * SHA-256.
	 */
	public void publish(String content, String hash, Instant at) {
		requireDraft();
		this.status = SurveyStatus.PUBLISHED;
		this.publishedContent = Objects.requireNonNull(content);
		this.contentHash = Objects.requireNonNull(hash);
		this.publishedAt = at;
	}

	private void requireDraft() {
		if (this.status != SurveyStatus.DRAFT) {
			throw new SurveyRuleException("survey.published.fixed", "A published survey cannot change");
		}
	}

	private int indexOf(String code) {
		for (int i = 0; i < this.questions.size(); i++) {
			if (this.questions.get(i).questionCode().equals(code)) {
				return i;
			}
		}
		throw new SurveyRuleException("survey.question.notInSurvey", "No such question in the survey");
	}

	private static boolean tooLong(String text) {
		return text != null && text.strip().length() > SurveyQuestion.MAX_TEXT;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public boolean isPublished() {
		return this.status == SurveyStatus.PUBLISHED;
	}

	public boolean includes(String code) {
		return this.questions.stream().anyMatch((question) -> question.questionCode().equals(code));
	}

	public Set<String> codes() {
		return Set.copyOf(this.questions.stream().map(SurveyQuestion::questionCode).toList());
	}

	public Long getId() {
		return this.id;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public int getYear() {
		return this.year;
	}

	public String getTitle() {
		return this.title;
	}

	public SurveyStatus getStatus() {
		return this.status;
	}

	public int getBankVersion() {
		return this.bankVersion;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public String getPublishedContent() {
		return this.publishedContent;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public List<SurveyQuestion> getQuestions() {
		return List.copyOf(this.questions);
	}

	public Long getVersion() {
		return this.version;
	}

}
