package org.onlinelives.workforce.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.workforce.bulletins.BulletinBoard;
import org.onlinelives.workforce.bulletins.CodeOfConduct;
import org.onlinelives.workforce.training.Training;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every workforce controller in one web slice, so all of the module's slice tests share
 * one application context: the real security set-up, the module's services mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ BulletinAdminController.class, BulletinsController.class, ConductController.class,
		CoursesController.class, CoverageController.class, MyTrainingController.class, SuggestionsController.class })
@PlatformWebSlice
@MockitoBean(types = { BulletinBoard.class, CodeOfConduct.class, Training.class })
@interface WorkforceWebSlice {

}
