package org.onlinelives.survey.web;

import java.util.List;
import java.util.Optional;

import org.onlinelives.survey.design.PublishedSurvey;
import org.onlinelives.survey.design.Survey;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.design.SurveyLink;
import org.onlinelives.survey.questionnaire.AnswerOption;
import org.onlinelives.survey.questionnaire.Question;
import org.onlinelives.survey.questionnaire.QuestionRole;
import org.onlinelives.survey.questionnaire.QuestionType;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** A published survey of two questions, reached by the code ABCD2345. */
final class YouthSurveys {

	static final String CODE = "ABCD2345";

	static final Question DEVICES = new Question("DEVICES", "Devices", QuestionType.MULTIPLE, QuestionRole.OTHER,
			"Which devices do you use?", null, null, null,
			List.of(new AnswerOption("PHONE", "Phone", null), new AnswerOption("TABLET", "Tablet", null)), null, null);

	static final Question WORRIES = new Question("WORRIES", "Worries", QuestionType.TEXT, QuestionRole.OTHER,
			"What worries you online?", null, null, null, List.of(), null, null);

	static final PublishedSurvey SURVEY = new PublishedSurvey(12L, 1L, 2026, "Your online life", "hash",
			List.of(DEVICES, WORRIES));

	private YouthSurveys() {
	}

	/** Survey 12, published (or not), as the design service finds it for a person. */
	static Survey found(SurveyDesign design, boolean published) {
		Survey survey = mock(Survey.class);
		given(survey.getId()).willReturn(12L);
		given(survey.getTitle()).willReturn("Your online life");
		given(survey.getYear()).willReturn(2026);
		given(survey.isPublished()).willReturn(published);
		given(design.survey(any(), eq(12L))).willReturn(survey);
		given(design.published(survey)).willReturn(SURVEY);
		return survey;
	}

	static SurveyDesign.Reached reachable(SurveyDesign design) {
		SurveyLink link = mock(SurveyLink.class);
		given(link.getCode()).willReturn(CODE);
		given(link.getPartnershipId()).willReturn(1L);
		SurveyDesign.Reached reached = new SurveyDesign.Reached(link, SURVEY);
		given(design.reach(CODE)).willReturn(Optional.of(reached));
		return reached;
	}

}
