package org.onlinelives.assessment.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.assessment.api.AssessmentApiSlice;
import org.onlinelives.assessment.assessments.AssessmentService;
import org.onlinelives.assessment.catalogue.Catalogue;
import org.onlinelives.assessment.catalogue.CatalogueLoader;
import org.onlinelives.assessment.platformlist.PlatformList;
import org.onlinelives.assessment.subjectaccess.SubjectAccessService;
import org.onlinelives.assessment.youngpeople.YoungPeopleService;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.retention.RetentionService;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every assessment controller, pages and JSON API, in one web slice, so all of the
 * module's slice tests share one application context: the real security set-up (the API's
 * bearer-token chain too) and the real question catalogue, the services mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ AssessmentStepsController.class, CaseOutcomeController.class, CaseloadController.class,
		PlatformListController.class, YoungPeopleController.class, ApiTokensController.class,
		AssessmentNotesController.class, AssessmentPromptsController.class, AssessmentSummaryController.class,
		SubjectAccessController.class })
@PlatformWebSlice
@Import({ AssessmentWebSlice.RealCatalogue.class, AssessmentApiSlice.class })
@MockitoBean(types = { AssessmentService.class, YoungPeopleService.class, PlatformList.class, RetentionService.class,
		ApiTokenService.class, SubjectAccessService.class, PdfRenderer.class, AssessmentPages.class })
public @interface AssessmentWebSlice {

	@TestConfiguration(proxyBeanMethods = false)
	class RealCatalogue {

		@Bean
		Catalogue catalogue() {
			return CatalogueLoader.loadCurrent();
		}

	}

}
