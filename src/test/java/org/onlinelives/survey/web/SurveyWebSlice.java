package org.onlinelives.survey.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.families.HelpDirectory;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.survey.analysis.SurveyAnalysis;
import org.onlinelives.survey.design.SurveyDesign;
import org.onlinelives.survey.imports.SurveyImports;
import org.onlinelives.survey.responses.SurveyResponses;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every survey controller in one web slice, so all of the module's slice tests share one
 * application context: the real security set-up, the module's services mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ SurveysController.class, TakeSurveyController.class, SurveyAnswersController.class,
		SurveyResultsController.class, ImportController.class, ImportStatusController.class })
@PlatformWebSlice
@MockitoBean(types = { SurveyDesign.class, SurveyResponses.class, SurveyAnalysis.class, SurveyImports.class,
		SurveyExports.class, HelpDirectory.class })
@interface SurveyWebSlice {

}
