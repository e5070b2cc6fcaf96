package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * After a correct password, or an account matched through single sign-on: ask for the
 * second factor, insist it is set up, or complete sign-in. A partnership that has turned
 * password sign-in off refuses a correct password here, before any authority is granted.
 */
@Component
class SignInSuccessRouting implements AuthenticationSuccessHandler {

	static final String PASSWORD = "password";

	static final String SINGLE_SIGN_ON = "single sign-on";

	private final SignInStages stages;

	private final SignInRecorder recorder;

	private final PasswordSignIn passwordSignIn;

	private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSuccessRouting(SignInStages stages, SignInRecorder recorder, PasswordSignIn passwordSignIn,
			RequestCache requestCache) {
		this.stages = stages;
		this.recorder = recorder;
		this.passwordSignIn = passwordSignIn;
		this.savedRequest.setRequestCache(requestCache);
		this.savedRequest.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		if (!this.passwordSignIn.allowedFor(user)) {
			this.stages.forget(request, response);
			this.recorder.passwordFailed(user.email(), "password sign-in turned off for this partnership");
			response.sendRedirect(request.getContextPath() + "/sign-in?passwordOff");
			return;
		}
		afterFirstStep(user, PASSWORD, false, request, response, authentication);
	}

	/**
	 * Routes a person whose first step is done. The second factor is skipped only when
	 * the identity provider has already checked more than one factor.
	 */
	void afterFirstStep(SignedInUser user, String firstFactor, boolean providerCheckedMultipleFactors,
			HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		if (!providerCheckedMultipleFactors && user.secondFactorEnabled()) {
			this.stages.awaitSecondFactor(user, firstFactor, request, response);
			response.sendRedirect(request.getContextPath() + "/sign-in/code");
			return;
		}
		if (!providerCheckedMultipleFactors && user.secondFactorRequired()) {
			this.stages.requireSecondFactorSetUp(user, firstFactor, request, response);
			response.sendRedirect(request.getContextPath() + "/account/two-factor/set-up");
			return;
		}
		this.recorder.succeeded(user, providerCheckedMultipleFactors
				? firstFactor + " with the provider's multi-factor authentication" : firstFactor);
		this.stages.completeSignIn(user, request, response);
		this.savedRequest.onAuthenticationSuccess(request, response, authentication);
	}

	/** Sends a person who has just passed the second factor where they were going. */
	void continueTo(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		this.savedRequest.onAuthenticationSuccess(request, response, authentication);
	}

}
