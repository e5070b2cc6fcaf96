package org.onlinelives.selfaudit.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.platform.web.PdfRenderer;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.selfaudit.audit.ActionEscalations;
import org.onlinelives.selfaudit.audit.ActionPlans;
import org.onlinelives.selfaudit.audit.AuditFeedback;
import org.onlinelives.selfaudit.audit.AuditQa;
import org.onlinelives.selfaudit.audit.RagSettings;
import org.onlinelives.selfaudit.audit.SelfAudits;
import org.onlinelives.workforce.training.TrainingCoverageQuery;
import org.onlinelives.workforce.bulletins.ConductCoverageQuery;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * One web slice for every self-audit controller, so their tests share one application
 * context: the real security set-up, {@link AuditViews} and {@link SectionPage} built on
 * the mocked services.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ ActionsController.class, AuditsController.class, CyclesController.class, EscalationController.class,
		FeedbackController.class, PartnershipResultsController.class, QaController.class, RagSettingsController.class,
		ReportController.class, ResultsController.class, SectionController.class, SignOffController.class })
@PlatformWebSlice
@Import({ AuditViews.class, SectionPage.class })
@MockitoBean(types = { SelfAudits.class, ActionPlans.class, ActionEscalations.class, AuditFeedback.class, AuditQa.class,
		RagSettings.class, PartnershipResultsPages.class, ReportExtras.class, PdfRenderer.class,
		TrainingCoverageQuery.class, ConductCoverageQuery.class })
@interface SelfAuditWebSlice {

}
