package org.onlinelives.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onlinelives.platform.accesslog.SignInFailures;
import org.onlinelives.platform.people.DormantAccounts;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * One web slice for the platform's sign-in failures, unused accounts and second-factor
 * set-up pages, so their tests share one application context. The first two controllers
 * are package-private in other packages, so they are included by name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(controllers = TwoFactorSetUpController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "org\\.onlinelives\\.platform\\.accesslog\\.web\\.SignInFailuresController",
						"org\\.onlinelives\\.platform\\.people\\.web\\.DormantAccountsController" }))
@PlatformWebSlice
@MockitoBean(types = { SignInFailures.class, DormantAccounts.class, SecondFactorCodes.class, SecondFactorSetUp.class })
public @interface PlatformPagesWebSlice {

}
