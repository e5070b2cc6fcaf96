package org.onlinelives.families.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.families.directory.Directory;
import org.onlinelives.families.packs.Packs;
import org.onlinelives.platform.security.PlatformWebSlice;
import org.onlinelives.platform.web.PdfRenderer;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every families controller in one web slice, so all of the module's slice tests share
 * one application context: the real security set-up, the module's services mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ DirectoryController.class, PacksController.class, PublicPackController.class })
@PlatformWebSlice
@Import({ Labels.class, PublicAddress.class })
@MockitoBean(types = { Directory.class, Packs.class, PdfRenderer.class })
@interface FamiliesWebSlice {

}
