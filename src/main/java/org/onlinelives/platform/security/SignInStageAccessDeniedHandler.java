package org.onlinelives.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Someone half-way through sign-in is sent on to the step they still need; anyone else
 * sees the service's 403 page. A form refused for its CSRF token (usually one left open
 * until the session ended) is marked, so the page says what happened and what to do
 * rather than blaming the person's roles.
 */
@Component
class SignInStageAccessDeniedHandler implements AccessDeniedHandler {

	/**
	 * The request attribute the 403 page reads: the form's token was missing or wrong.
	 */
	static final String FORM_EXPIRED = "formExpired";

	private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (SignInStages.hasStage(authentication, SignInStage.SECOND_FACTOR_PENDING)) {
			response.sendRedirect(request.getContextPath() + "/sign-in/code");
		}
		else if (SignInStages.hasStage(authentication, SignInStage.SECOND_FACTOR_SET_UP_REQUIRED)) {
			response.sendRedirect(request.getContextPath() + "/account/two-factor/set-up");
		}
		else {
			if (denied instanceof CsrfException) {
				request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
			}
			this.forbidden.handle(request, response, denied);
		}
	}

}
