package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * When sign-in through the identity provider fails before anyone is identified: the
 * provider refused or could not be reached, or its answer did not check out (state,
 * signature, nonce). Logged as a failed sign-in without a person; the sign-in page says
 * to try again.
 */
@Component
class SingleSignOnFailure implements AuthenticationFailureHandler {

	private static final Logger logger = LoggerFactory.getLogger(SingleSignOnFailure.class);

	private final SignInRecorder recorder;

	SingleSignOnFailure(SignInRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String error = (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode()
				: exception.getClass().getSimpleName();
		logger.warn("Single sign-on failed: {}", exception.getMessage());
		this.recorder.singleSignOnFailed(null, "the provider's sign-in did not succeed (" + error + ")");
		response.sendRedirect(request.getContextPath() + "/sign-in?sso=failed");
	}

}
