package org.onlinelives.assessment.api;

import org.onlinelives.platform.security.SignInStage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The JSON API's own security chain, ahead of the platform's: stateless, bearer tokens
 * only, no CSRF (no cookies are read, so there is nothing to forge), and problem bodies
 * for 401 and 403 instead of sign-in redirects.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ApiProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority(SignInStage.SIGNED_IN))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers.cacheControl((cache) -> {
			}))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problems.write(response,
						ApiProblem.of(401, "Unauthorized",
								"Send a personal API token as 'Authorization: Bearer <token>'.")))
				.accessDeniedHandler((request, response, ex) -> problems.write(response,
						ApiProblem.of(403, "Forbidden", "Your roles do not allow this."))))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}

}
