package org.onlinelives.casedata.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.assessment.api.ApiSecuritySlice;
import org.onlinelives.assessment.api.ApiTokenService;
import org.onlinelives.casedata.casestudies.CaseStudyLibrary;
import org.onlinelives.casedata.casestudies.CaseStudyWorkflow;
import org.onlinelives.casedata.casestudies.web.CaseStudiesWebParts;
import org.onlinelives.assessment.CaseDataQuery;
import org.onlinelives.casedata.facts.CaseFactRebuild;
import org.onlinelives.casedata.figures.CaseFigures;
import org.onlinelives.casedata.figures.DisclosureSettings;
import org.onlinelives.casedata.returns.PartnershipPeriods;
import org.onlinelives.casedata.figures.EmergingPlatformFigures;
import org.onlinelives.casedata.returns.DataReturnService;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.platform.web.PdfRenderer;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every case data controller (figures, returns and their API, case studies) in one web
 * slice, so all of the module's slice tests share one application context: the real
 * security set-up (the API's bearer-token chain too), the module's services mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ AgencyDashboardController.class, AgencyReturnsController.class, PartnershipFiguresController.class,
		PartnershipExportsController.class, PartnershipReturnsController.class, ReturnTimetableController.class,
		ReturnsApiController.class, SubmittedReturnController.class })
@PlatformWebSlice
@Import({ CaseStudiesWebParts.class, ApiSecuritySlice.class, DisclosureSettings.class, ReturnDocuments.class })
@MockitoBean(types = { CaseFigures.class, PartnershipPeriods.class, CaseDataQuery.class, EmergingPlatformFigures.class,
		CaseFactRebuild.class, DataReturnService.class, PdfRenderer.class, ApiTokenService.class,
		CaseStudyWorkflow.class, CaseStudyLibrary.class })
public @interface CaseDataWebSlice {

}
