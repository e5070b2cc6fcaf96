package org.onlinelives.survey;

import org.onlinelives.survey.questionnaire.QuestionBank;
import org.onlinelives.survey.questionnaire.QuestionBankLoader;
import org.onlinelives.survey.responses.SurveyThrottleProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The question bank, read and checked once at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyThrottleProperties.class)
class SurveyConfiguration {

	@Bean
	QuestionBank surveyQuestionBank() {
		return new QuestionBankLoader().loadDefault();
	}

}
