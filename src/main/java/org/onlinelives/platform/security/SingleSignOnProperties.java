package org.onlinelives.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with the council's OpenID Connect provider ({@code onlinelives.sso.*}),
 * set per installation. Without an issuer and a client id nothing about single sign-on
 * appears and password sign-in works as always.
 *
 * @param issuerUri the provider's issuer, whose {@code /.well-known/openid-configuration}
 * describes it
 * @param clientId the client id the provider gave this installation
 * @param clientSecret its secret, from the environment, never the repository
 * @param displayName the provider's name as people know it, on the sign-in button
 */
@ConfigurationProperties("onlinelives.sso")
public record SingleSignOnProperties(String issuerUri, String clientId, String clientSecret, String displayName) {

	/** The registration id, seen in the sign-in and callback addresses. */
	public static final String REGISTRATION_ID = "council";

	public boolean configured() {
		return hasText(this.issuerUri) && hasText(this.clientId);
	}

	/** The name on the sign-in button: the configured one, or else a plain default. */
	public String providerName() {
		return hasText(this.displayName) ? this.displayName.strip() : "your organisation's account";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
