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
 * After a correct password: ask for the second factor, insist it is set up, or complete
 * sign-in.
 */
@Component
class SignInSuccessRouting implements AuthenticationSuccessHandler {

	private final SignInStages stages;

	private final SignInRecorder recorder;

	private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSuccessRouting(SignInStages stages, SignInRecorder recorder, RequestCache requestCache) {
		this.stages = stages;
		this.recorder = recorder;
		this.savedRequest.setRequestCache(requestCache);
		this.savedRequest.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		if (user.secondFactorEnabled()) {
			this.stages.awaitSecondFactor(user, request, response);
			response.sendRedirect(request.getContextPath() + "/sign-in/code");
			return;
		}
		if (user.secondFactorRequired()) {
			this.stages.requireSecondFactorSetUp(user, request, response);
			response.sendRedirect(request.getContextPath() + "/account/two-factor/set-up");
			return;
		}
		this.recorder.succeeded(user, "password");
		this.stages.completeSignIn(user, request, response);
		this.savedRequest.onAuthenticationSuccess(request, response, authentication);
	}

	/** Sends a person who has just passed the second factor where they were going. */
	void continueTo(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		this.savedRequest.onAuthenticationSuccess(request, response, authentication);
	}

}
