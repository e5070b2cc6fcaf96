package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * After a failed sign-in: count it, log it, and return to the sign-in page with a message
 * that does not say whether the email address is known.
 */
@Component
class SignInFailureHandling implements AuthenticationFailureHandler {

	private final SignInRecorder recorder;

	private final SignInThrottle throttle;

	SignInFailureHandling(SignInRecorder recorder, SignInThrottle throttle) {
		this.recorder = recorder;
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		this.throttle.recordFailure(request.getRemoteAddr(), request.getParameter("email"));
		String email = request.getParameter("email");
		String outcome;
		if (exception instanceof LockedException) {
			// The same words as a wrong password, so a lockout does not reveal that the
			// account exists.
			this.recorder.passwordFailed(email, "account locked");
			outcome = "error";
		}
		else if (exception instanceof DisabledException) {
			this.recorder.passwordFailed(email, "account deactivated");
			outcome = "error";
		}
		else {
			this.recorder.passwordFailed(email, "wrong password");
			outcome = "error";
		}
		request.getSession().setAttribute(SignInController.LAST_EMAIL, (email != null) ? email.strip() : "");
		response.sendRedirect(request.getContextPath() + "/sign-in?" + outcome);
	}

}
