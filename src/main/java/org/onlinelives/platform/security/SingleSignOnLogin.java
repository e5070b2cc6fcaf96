package org.onlinelives.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect sign-in with the council's provider, added to the security chain only
 * when {@link SingleSignOnProperties} are set. The button on the sign-in page goes to
 * {@code /oauth2/authorization/council}; the provider returns to
 * {@code /login/oauth2/code/council}.
 */
@Component
class SingleSignOnLogin {

	private final SingleSignOnProperties properties;

	private final SingleSignOnSuccess success;

	private final SingleSignOnFailure failure;

	private final String baseUrl;

	SingleSignOnLogin(SingleSignOnProperties properties, SingleSignOnSuccess success, SingleSignOnFailure failure,
			@Value("${onlinelives.base-url:}") String baseUrl) {
		this.properties = properties;
		this.success = success;
		this.failure = failure;
		this.baseUrl = baseUrl;
	}

	void applyTo(HttpSecurity http) {
		http.oauth2Login((login) -> login.loginPage("/sign-in")
			.clientRegistrationRepository(new DiscoveredClientRegistration(this.properties, this.baseUrl))
			// the provider's tokens are needed only to sign in: kept in the session,
			// never
			// in memory beyond it
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.successHandler(this.success)
			.failureHandler(this.failure)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					// an unreachable provider gives the sign-in page's message, not a 500
					filter.setAuthenticationFailureHandler(SingleSignOnLogin.this.failure);
					return filter;
				}
			}));
	}

}
