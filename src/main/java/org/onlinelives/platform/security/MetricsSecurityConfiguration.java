package org.onlinelives.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The metrics endpoint ({@code /actuator/prometheus}) has its own security chain: HTTP
 * basic with one configured credential, for the Prometheus server that scrapes every
 * node. Not a person's sign-in: a scraper cannot type a second-factor code, and the
 * metrics describe the whole installation (every partnership), so they belong to whoever
 * runs it, not to one partnership's administrators. Only a bcrypt hash of the password is
 * configured ({@code ONLINELIVES_METRICS_PASSWORD_HASH}); without one, every request is
 * refused. Stateless: a scrape never creates a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSecurityConfiguration.MetricsCredential.class)
class MetricsSecurityConfiguration {

	static final String METRICS_PATH = "/actuator/prometheus";

	private static final Logger log = LoggerFactory.getLogger(MetricsSecurityConfiguration.class);

	/**
	 * The scraper's user name and the bcrypt hash of its password
	 * ({@code onlinelives.metrics.*}).
	 */
	@ConfigurationProperties("onlinelives.metrics")
	record MetricsCredential(String username, String passwordHash) {

		boolean configured() {
			return this.username != null && !this.username.isBlank() && this.passwordHash != null
					&& !this.passwordHash.isBlank();
		}

		/** The hash without Spring Security's optional {@code {bcrypt}} prefix. */
		String bcryptHash() {
			String hash = this.passwordHash.strip();
			return hash.startsWith("{bcrypt}") ? hash.substring("{bcrypt}".length()) : hash;
		}

	}

	@Bean
	@Order(2)
	SecurityFilterChain metrics(HttpSecurity http, MetricsCredential credential) throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scraper(credential));
		provider.setPasswordEncoder(new BCryptPasswordEncoder());
		http.securityMatcher(METRICS_PATH)
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("METRICS"))
			.authenticationManager(new ProviderManager(provider))
			.httpBasic((basic) -> basic.realmName("Online Lives metrics"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable());
		return http.build();
	}

	private static UserDetailsService scraper(MetricsCredential credential) {
		if (!credential.configured()) {
			log.info("No metrics credential is set (ONLINELIVES_METRICS_PASSWORD_HASH): {} refuses every request",
					METRICS_PATH);
			return new InMemoryUserDetailsManager();
		}
		return new InMemoryUserDetailsManager(
				User.withUsername(credential.username()).password(credential.bcryptHash()).roles("METRICS").build());
	}

}
