package org.onlinelives.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.onlinelives.platform.accesslog.AccessLog;
import org.onlinelives.platform.organisation.AgencyDirectory;
import org.onlinelives.platform.organisation.PartnershipNames;
import org.onlinelives.platform.organisation.Partnerships;
import org.onlinelives.platform.people.internal.Users;

import org.onlinelives.platform.web.FieldOrder;
import org.onlinelives.platform.web.UkTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} with the application's real security configuration (sign-in
 * stages, CSRF, headers, access-denied handling) and the services behind it mocked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(PlatformWebSlice.Configuration.class)
@MockitoBean(types = { AccessLog.class, Partnerships.class, AgencyDirectory.class, PartnershipNames.class,
		SignInRecorder.class, Users.class, PeopleDetailsService.class, AttemptWindows.class, Sessions.class })
public @interface PlatformWebSlice {

	@TestConfiguration(proxyBeanMethods = false)
	@Import({ SecurityConfiguration.class, SignInSuccessRouting.class, SignInFailureHandling.class,
			SignInStageAccessDeniedHandler.class, SignInStages.class, SignInThrottle.class, PasswordPolicy.class,
			PasswordSignIn.class, UkTime.class, FieldOrder.class })
	class Configuration {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
