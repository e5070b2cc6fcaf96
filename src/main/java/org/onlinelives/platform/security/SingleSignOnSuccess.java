package org.onlinelives.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After the identity provider has signed someone in: find their account by verified
 * email, then carry on as after a correct password, skipping our second factor only when
 * the ID token's {@code amr} claim shows the provider checked more than one factor.
 */
@Component
class SingleSignOnSuccess implements AuthenticationSuccessHandler {

	private final SingleSignOnAccounts accounts;

	private final SignInSuccessRouting routing;

	private final SignInStages stages;

	private final SignInRecorder recorder;

	SingleSignOnSuccess(SingleSignOnAccounts accounts, SignInSuccessRouting routing, SignInStages stages,
			SignInRecorder recorder) {
		this.accounts = accounts;
		this.routing = routing;
		this.stages = stages;
		this.recorder = recorder;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		OidcUser signedInThere = (OidcUser) authentication.getPrincipal();
		SingleSignOnAccounts.Match match = this.accounts.match(signedInThere);
		if (match.refusal() != null) {
			this.stages.forget(request, response);
			this.recorder.singleSignOnFailed(match.email(), match.refusal().reason());
			request.getSession()
				.setAttribute(SignInController.PROVIDER_EMAIL, (match.email() != null) ? match.email() : "");
			response.sendRedirect(
					request.getContextPath() + "/sign-in?sso=" + match.refusal().name().toLowerCase(Locale.ROOT));
			return;
		}
		boolean multiFactor = AuthenticationMethods.multiFactor(signedInThere.getIdToken().getAuthenticationMethods());
		this.routing.afterFirstStep(match.user(), SignInSuccessRouting.SINGLE_SIGN_ON, multiFactor, request, response,
				authentication);
	}

}
