package org.onlinelives.survey.design;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How young people at one school or group reach a published survey: a short code, and the
 * most responses it may take (protection against stuffing).
 */
@Table("survey_link")
public class SurveyLink {

	public static final int MAX_LABEL = 120;

	public static final int MAX_RESPONSES_LIMIT = 5000;

	@Id
	private Long id;

	private final Long surveyId;

	private final Long partnershipId;

	private final String code;

	private final String label;

	private final int maxResponses;

	@Version
	private Long version;

	@PersistenceCreator
	SurveyLink(Long id, Long surveyId, Long partnershipId, String code, String label, int maxResponses, Long version) {
		this.id = id;
		this.surveyId = surveyId;
		this.partnershipId = partnershipId;
		this.code = code;
		this.label = label;
		this.maxResponses = maxResponses;
		this.version = version;
	}

	static SurveyLink open(Survey survey, String code, String label, int maxResponses) {
		if (!survey.isPublished()) {
			throw new SurveyRuleException("survey.link.notPublished", "Links are for published surveys");
		}
		if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
			throw new SurveyRuleException("survey.link.label.invalid", "Label missing or too long");
		}
		if (maxResponses < 1 || maxResponses > MAX_RESPONSES_LIMIT) {
			throw new SurveyRuleException("survey.link.max.invalid", "Maximum out of range");
		}
		return new SurveyLink(null, survey.getId(), survey.getPartnershipId(), code, label.strip(), maxResponses, null);
	}

	public Long getId() {
		return this.id;
	}

	public Long getSurveyId() {
		return this.surveyId;
	}

	public Long getPartnershipId() {
		return this.partnershipId;
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public int getMaxResponses() {
		return this.maxResponses;
	}

}
