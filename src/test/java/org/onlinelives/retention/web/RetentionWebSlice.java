package org.onlinelives.retention.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.retention.RetentionService;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * One web slice for the retention controllers, so their tests share one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ LegalHoldController.class, RetentionController.class })
@PlatformWebSlice
@MockitoBean(types = RetentionService.class)
@interface RetentionWebSlice {

}
