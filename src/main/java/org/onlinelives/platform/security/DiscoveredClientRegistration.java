package org.onlinelives.platform.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration with the council's provider, read from the provider's
 * discovery document the first time someone signs in with it rather than at start-up, so
 * the service starts even while the provider is unreachable. A failed discovery is tried
 * again at the next sign-in.
 */
final class DiscoveredClientRegistration implements ClientRegistrationRepository {

	private final SingleSignOnProperties properties;

	private final String redirectUri;

	private volatile ClientRegistration registration;

	DiscoveredClientRegistration(SingleSignOnProperties properties, String baseUrl) {
		this.properties = properties;
		this.redirectUri = ((baseUrl != null && !baseUrl.isBlank()) ? baseUrl.replaceAll("/+$", "") : "{baseUrl}")
				+ "/login/oauth2/code/{registrationId}";
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!SingleSignOnProperties.REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration found = this.registration;
		if (found == null) {
			synchronized (this) {
				if (this.registration == null) {
					this.registration = discover();
				}
				found = this.registration;
			}
		}
		return found;
	}

	private ClientRegistration discover() {
		return ClientRegistrations.fromIssuerLocation(this.properties.issuerUri().strip())
			.registrationId(SingleSignOnProperties.REGISTRATION_ID)
			.clientId(this.properties.clientId().strip())
			.clientSecret((this.properties.clientSecret() != null) ? this.properties.clientSecret().strip() : null)
			.clientName(this.properties.providerName())
			.scope("openid", "email", "profile")
			.redirectUri(this.redirectUri)
			.build();
	}

}
