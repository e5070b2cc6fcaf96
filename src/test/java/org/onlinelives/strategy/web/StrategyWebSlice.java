package org.onlinelives.strategy.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.strategy.plan.PartnershipPlan;
import org.onlinelives.strategy.report.BoardReport;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * One web slice for every strategy controller, so their tests share one application
 * context: the real security set-up with the plan and the board report mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ BoardReportController.class, EscalationsController.class, PlanActionsController.class,
		PlanController.class, PointsOfContactController.class, RecommendationsController.class })
@PlatformWebSlice
@MockitoBean(types = { PartnershipPlan.class, BoardReport.class })
@interface StrategyWebSlice {

}
