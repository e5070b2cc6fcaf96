package org.onlinelives.platform.security;

import org.onlinelives.platform.accesslog.AccessEvent;
import org.onlinelives.platform.accesslog.AccessLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ SecurityProperties.class, SingleSignOnProperties.class })
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
			"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/error", "/sign-in",
			"/signed-out", "/setup/**", "/invitations/**", "/accessibility", "/privacy", "/v3/api-docs",
			"/v3/api-docs/**",
			// the youth survey young people answer without signing in (CSRF still
			// applies)
			"/youth-survey", "/youth-survey/**",
			// advice packs' public pages, for families (no personal data on them)
			"/help/packs/*" };

	@Bean
	SecurityFilterChain application(HttpSecurity http, SignInSuccessRouting success, SignInFailureHandling failure,
			SecurityHeadersFilter headers, SignInThrottleFilter throttle, SignInStageAccessDeniedHandler denied,
			SecurityContextRepository contexts, RequestCache requestCache, AccessLog accessLog,
			SingleSignOnProperties singleSignOn, ObjectProvider<SingleSignOnLogin> providerLogin) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/sign-in/code")
			.hasAuthority(SignInStage.SECOND_FACTOR_PENDING)
			.requestMatchers("/account/two-factor/**")
			.hasAnyAuthority(SignInStage.SIGNED_IN, SignInStage.SECOND_FACTOR_SET_UP_REQUIRED)
			.requestMatchers("/admin/access-log/**", "/admin/partnership/**")
			.hasRole("PARTNERSHIP_ADMIN")
			.requestMatchers("/admin/**")
			.hasAnyRole("PARTNERSHIP_ADMIN", "AGENCY_LEAD")
			.anyRequest()
			.hasAuthority(SignInStage.SIGNED_IN))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new TamperSafeCsrfTokenHandler()))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.formLogin((form) -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(success)
				.failureHandler(failure))
			.logout((logout) -> logout.logoutUrl("/sign-out")
				.logoutSuccessUrl("/signed-out")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
						accessLog.record(user, AccessEvent.SIGNED_OUT, null, null, null);
					}
				}))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((h) -> h.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(denied))
			.addFilterBefore(headers, HeaderWriterFilter.class)
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new EndedSessionFilter(), RequestCacheAwareFilter.class);
		if (singleSignOn.configured()) {
			providerLogin.getObject().applyTo(http);
		}
		return http.build();
	}

	// Both filters run inside the security chain only, not a second time as plain servlet
	// filters.
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilterRegistration(SecurityHeadersFilter filter) {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SignInThrottleFilter> signInThrottleFilterRegistration(SignInThrottleFilter filter) {
		FilterRegistrationBean<SignInThrottleFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * No observation (timer and trace) around each of the chain's sixteen filters: on
	 * every request it cost more than the session lookup. Requests are still timed as a
	 * whole ({@code http.server.requests} on the Prometheus endpoint).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default; the {id} prefix lets a stronger encoder be introduced
		// without a migration.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * Remembers only page requests, so sign-in never returns someone to a browser's
	 * background fetch.
	 */
	@Bean
	RequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher((request) -> "GET".equals(request.getMethod())
				&& !request.getRequestURI().startsWith(request.getContextPath() + "/.well-known/")
				&& request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/html"));
		return cache;
	}

	/**
	 * Sessions live in the database (Spring Session JDBC), so any node can serve any
	 * request; each is filed under the signed-in person's id, so ending a person's
	 * sessions ({@link Sessions}) reaches every node. Everything kept in a session is
	 * Serializable.
	 */
	@Bean
	IndexResolver<Session> sessionsByPerson() {
		return new SessionsByPerson();
	}

}
